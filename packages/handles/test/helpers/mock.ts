/**
 * A fresh mock server and a client wired to it (no port opened), per test: the handles' tests count
 * the requests the mock received, by SDK operation name.
 */
import { createClient, type WorkflowsClient } from "@mistral-workflows/client";
import { createMockServer, type MockServer, type MockServerOptions } from "@mistral-workflows/mock-server";

/** A mock server on a manual clock, a client on it, and the operations received so far. */
export interface Setup {
  api: MockServer;
  client: WorkflowsClient;
  /** SDK names of the operations received since the last `reset()`, in order. */
  operations(): (string | null)[];
  /** Forgets the requests received so far. */
  reset(): void;
}

/** Makes a {@link Setup}; `maxRetries: 0` so that a count of requests is a count of calls. */
export function setup(options: MockServerOptions = {}): Setup {
  const api = createMockServer({ stepMs: 100, heartbeatMs: 0, ...options });
  const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch, maxRetries: 0 });
  return {
    api,
    client,
    operations: () => api.requests.map((r) => r.operation),
    reset: () => void (api.requests.length = 0),
  };
}
