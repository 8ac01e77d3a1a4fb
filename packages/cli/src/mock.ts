/**
 * `--mock`: the embedded mock server, in this process (no port), loaded only when asked for, since
 * `@mistral-workflows/mock-server` is an optional peer of this package.
 */
import { UsageError } from "./errors.js";

/** What `--mock` gives the program: a fetch handler, its base URL, and a way to stop its timers. */
export interface EmbeddedMock {
  url: string;
  fetch: typeof fetch;
  close(): void;
}

const PACKAGE = "@mistral-workflows/mock-server";

/**
 * Loads the mock server and starts one with a real clock (executions move on by themselves, one event
 * every `stepMs`). Throws a {@link UsageError} saying how to install it when it is not installed.
 */
export async function startEmbeddedMock(stepMs = 300): Promise<EmbeddedMock> {
  let mod: typeof import("@mistral-workflows/mock-server");
  try {
    mod = await import(PACKAGE);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new UsageError(
        `--mock needs ${PACKAGE}, which is not installed: npm install ${PACKAGE} ` +
          `(or npx -p @mistral-workflows/cli -p ${PACKAGE} mistral-workflows --mock …).`,
      );
    throw error;
  }
  const api = mod.createMockServer({ clock: "real", stepMs });
  return { url: api.url, fetch: api.fetch, close: () => api.close() };
}
