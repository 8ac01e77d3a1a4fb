/**
 * Client contract: every named method of the client, called against the mock server, sends a request
 * the spec allows and gets a response the spec documents, both judged by an Ajv 2020-12 validator built
 * here from a fresh bundle of spec/ (not the mock's validator, not the client's types). The spec, the
 * client and the mock therefore cannot drift apart without one of these tests failing.
 */
import {
  createClient,
  operationTable,
  type OperationName,
  type WorkflowsClient,
} from "@mistral-workflows/client";
import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
import { _validateResponse } from "@mistral-workflows/mock-server/testing";
import { beforeAll, describe, expect, test } from "vitest";
import { bundleSpecFresh, createSpecValidator } from "../../lib/spec-validator.ts";
import { calls, seedForCalls, type Ids } from "./calls.ts";
import { createWireChecker, type WireRequest, type WireResponse } from "./wire-checker.ts";

// CONTRACT_SPEC=<path/to/openapi.yaml> judges against another copy of the spec (e.g. an edit in
// progress), to see which calls of the client and answers of the mock it would no longer allow.
const validator = createSpecValidator(bundleSpecFresh(process.env.CONTRACT_SPEC || undefined));
const wire = createWireChecker(validator);

interface Exchange {
  request: WireRequest;
  response: Response;
  /** The body text, read from a clone (left `null` for `text/event-stream`, read by the test). */
  text: Promise<string> | null;
}

/** The mock's fetch, recording each exchange as it went over the wire. */
function recordingFetch(api: MockServer, exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    const response = await api.fetch(request);
    const sse = response.headers.get("content-type")?.startsWith("text/event-stream");
    exchanges.push({
      request: { method: request.method, url: request.url, headers: request.headers, body },
      response,
      text: sse ? null : response.clone().text(),
    });
    return response;
  };
}

/** Reads SSE text until the stream ends, `maxEvents` complete events arrived, or `ms` passed. */
async function readEvents(response: Response, maxEvents: number, ms = 2_000): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => void reader.cancel(), ms);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.split(/\n\n/).length - 1 >= maxEvents) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    // cancelled by the timer: what arrived so far is the sample
  } finally {
    clearTimeout(timer);
  }
  return text;
}

const names = Object.keys(operationTable) as OperationName[];

test("the table calls every named method of the client, and the spec has no other operation", () => {
  expect(Object.keys(calls).sort()).toEqual([...names].sort());
  const specOps = Object.entries(validator.doc.paths).flatMap(([, item]) =>
    ["get", "put", "post", "delete", "patch"]
      .filter((m) => item[m])
      .map((m) => `${item[m].tags[0]}.${item[m]["x-sdk-method"]}`),
  );
  expect(specOps.sort()).toEqual([...names].sort());
});

describe("every named method, against the mock, judged by the spec", () => {
  const exchanges: Exchange[] = [];
  let api: MockServer;
  let client: WorkflowsClient;
  let ids: Ids;

  beforeAll(async () => {
    // validateResponses off: the mock's own check must not be what catches a bad response here.
    api = createMockServer({ heartbeatMs: 0, validateResponses: false });
    client = createClient({
      apiKey: "test",
      baseUrl: api.url,
      fetch: recordingFetch(api, exchanges),
      maxRetries: 0,
    });
    ids = await seedForCalls(client, api);
    exchanges.length = 0;
  });

  test.each(names)("%s", async (name) => {
    const row = operationTable[name];
    const method = (client as unknown as Record<string, Record<string, Function>>)[row.group]![row.name]!;
    const controller = new AbortController();
    const before = exchanges.length;
    const result = await method(calls[name](ids), { signal: controller.signal });

    expect(exchanges.length - before, "one request, no retry").toBe(1);
    const exchange = exchanges[before]!;

    const { matched, errors: requestErrors } = wire.checkRequest(exchange.request);
    expect(requestErrors, "request").toEqual([]);
    expect(matched?.sdkName).toBe(name);
    expect(api.requests.at(-1)?.operation, "the mock routed it to the same operation").toBe(name);

    const body =
      exchange.text === null ? await readEvents(result as Response, 4) : ((await exchange.text) as string);
    controller.abort();
    const response: WireResponse = {
      status: exchange.response.status,
      headers: exchange.response.headers,
      body,
    };
    expect(response.status, body.slice(0, 300)).toBe(row.status);
    const { errors: responseErrors, events } = wire.checkResponse(matched!, response);
    expect(responseErrors, "response").toEqual([]);
    // The mock's own response check (off in this server) agrees with this one.
    if (row.response === "json")
      expect(_validateResponse(name, response.status, JSON.parse(body)), "the mock's check").toEqual([]);

    if (row.response === "sse") expect(events, "SSE events validated").toBeGreaterThan(0);
    else if (row.response === "empty") expect(result).toBeUndefined();
    else expect(result, "the method resolves to the body as sent").toEqual(JSON.parse(body));
  });
});

describe("error responses are documented too", () => {
  test("a 422 from the mock has the spec's HTTPValidationError shape, and the client throws it", async () => {
    const exchanges: Exchange[] = [];
    const api = createMockServer({ heartbeatMs: 0, validateResponses: false });
    const client = createClient({
      apiKey: "test",
      baseUrl: api.url,
      fetch: recordingFetch(api, exchanges),
      maxRetries: 0,
    });
    // Well-typed, so the client sends it; the server refuses it (neither a workflow nor a registration).
    await expect(client.schedules.scheduleWorkflow({ schedule: { input: 1 } })).rejects.toMatchObject({
      status: 422,
    });
    const [exchange] = exchanges;
    const matched = wire.match(exchange!.request.method, new URL(exchange!.request.url).pathname)!;
    const response = { status: 422, headers: exchange!.response.headers, body: (await exchange!.text)! };
    expect(wire.checkResponse(matched, response).errors).toEqual([]);
  });
});

describe("the checks are not vacuous", () => {
  const url = "http://api.invalid/v1/workflows/schedules";
  const request = (over: Partial<WireRequest>): WireRequest => ({
    method: "GET",
    url,
    headers: new Headers(),
    body: "",
    ...over,
  });

  test.each([
    ["an unknown path", request({ url: "http://api.invalid/v1/nope" }), /no operation/],
    [
      "an unknown query parameter",
      request({ url: `${url}?pagesize=2` }),
      /query pagesize is not a parameter/,
    ],
    [
      "a query value of the wrong type",
      request({ url: `${url}?page_size=two` }),
      /page_size: .* must be integer/,
    ],
    ["a value outside an enum", request({ url: `${url}?status=sleeping` }), /status/],
    [
      "a body on an operation without one",
      request({ url: `${url}/s1`, body: "{}", headers: new Headers({ "content-type": "application/json" }) }),
      /takes no body/,
    ],
    [
      "a body missing a required field",
      request({ method: "POST", body: "{}", headers: new Headers({ "content-type": "application/json" }) }),
      /body: .* must have required property/,
    ],
    ["a required body left out", request({ method: "POST" }), /body is required/],
  ])("a request with %s fails", (_what, req, message) => {
    expect(wire.checkRequest(req).errors.join("\n")).toMatch(message);
  });

  test("an exploded object parameter (metadata_filters) takes the query names no other parameter has", () => {
    const stream = "http://api.invalid/v1/workflows/events/stream";
    expect(wire.checkRequest(request({ url: `${stream}?scope=*&team=support` })).errors).toEqual([]);
    expect(wire.checkRequest(request({ url: `${stream}?scope=everything` })).errors.join()).toMatch(/scope/);
  });

  test.each([
    ["an undocumented status", 418, "application/json", "{}", /status 418 is not documented/],
    ["an undocumented media type", 200, "text/plain", "ok", /media type text\/plain/],
    ["a body missing required fields", 200, "application/json", '{"schedule_id":"s"}', /required property/],
    ["a field of the wrong type", 200, "application/json", '{"schedule_id":1}', /must be string/],
  ])("a response with %s fails", (_what, status, type, body, message) => {
    const matched = wire.match("GET", "/v1/workflows/schedules/s1")!;
    const response = { status, headers: new Headers({ "content-type": type }), body };
    expect(wire.checkResponse(matched, response).errors.join("\n")).toMatch(message);
  });

  test("an SSE event whose data breaks the schema fails", () => {
    const matched = wire.match("GET", "/v1/workflows/executions/e1/stream")!;
    const body = 'id: 1\ndata: {"stream":"x","broker_sequence":"one"}\n\n';
    const result = wire.checkResponse(matched, {
      status: 200,
      headers: new Headers({ "content-type": "text/event-stream" }),
      body,
    });
    expect(result.events).toBe(1);
    expect(result.errors).not.toEqual([]);
  });
});
