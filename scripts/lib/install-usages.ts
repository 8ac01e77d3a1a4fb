/**
 * What the install test (`scripts/test-install.ts`) does with each published package once installed on
 * its own: the exports that must be functions, a smoke run in ESM and CommonJS, a typed usage for the
 * compiler, and for a package with a bin, the commands to run through npx.
 */
/** How one package is used in its consumer project. */
export interface Usage {
  /** Exports that must be functions, in both module systems. */
  functions: string[];
  /** Runs with `m` bound to the module; throws if something is off. Valid in ESM and CJS (inside an async function). */
  smoke: string;
  /** A typed usage: must compile, and its `@ts-expect-error` lines must really be errors. */
  typed: string;
  /**
   * Commands run through `npx <bin> …` in the consumer's folder (a package with a `bin`), each with the
   * exit code and output it must give. `{mock}` in an argument is the URL of a mock server this script
   * starts from the workspace's build.
   */
  bin?: {
    /** The command, when it is not this package's own bin (one of a package in `alongside`). */
    command?: string;
    args: string[];
    env?: Record<string, string>;
    code: number;
    stdout?: RegExp;
    stderr?: RegExp;
  }[];
  /**
   * Packages of ours installed next to this one after its own checks passed, before the `bin`
   * commands run: for a package that another one loads when present (an optional peer).
   */
  alongside?: string[];
  /**
   * The most the install may take on disk, in bytes (every file under `node_modules` counted by its
   * allocated blocks, as `du` counts them): a size budget, checked on the package installed alone.
   */
  maxDiskBytes?: number;
}

const fakeFetch = (body: string) =>
  `async () => new Response(${JSON.stringify(body)}, { status: 200, headers: { "content-type": "application/json" } })`;

/** Each published package's usage, checked after installing it alone from the local registry. */
export const usages: Record<string, Usage> = {
  "@mistral-workflows/client": {
    functions: ["createClient", "toAPIError"],
    smoke: `
      const client = m.createClient({ apiKey: "k", baseUrl: "http://api.invalid", maxRetries: 0,
        fetch: ${fakeFetch('{"schedule_id":"s1","workflow_name":"w","paused":false,"input":null}')} });
      const schedule = await client.schedules.getSchedule({ schedule_id: "s1" });
      if (schedule.schedule_id !== "s1") throw new Error("unexpected body " + JSON.stringify(schedule));
      if (!(m.toAPIError(new Response("{}", { status: 404 }), {}) instanceof m.NotFoundError)) throw new Error("404");`,
    typed: `
      import { createClient, NotFoundError, toAPIError, type components } from "@mistral-workflows/client";
      export async function main(): Promise<string> {
        const client = createClient({ apiKey: "k" });
        const schedule: components["schemas"]["ScheduleDefinitionOutput"] =
          await client.schedules.getSchedule({ schedule_id: "s1" });
        // @ts-expect-error: schedule_id is required
        await client.schedules.getSchedule({});
        const { data, error } = await client.GET("/v1/workflows/schedules/{schedule_id}", {
          params: { path: { schedule_id: "s1" } },
        });
        const paused: boolean | undefined = data?.paused;
        // @ts-expect-error: not a path of the API
        await client.GET("/v1/nope");
        const thrown = toAPIError(new Response(null, { status: 404 }), error);
        const status: number = thrown instanceof NotFoundError ? thrown.status : 0;
        const requestId: string | null = thrown.requestId;
        return schedule.workflow_name + String(paused) + status + requestId;
      }`,
  },
  "@mistral-workflows/pagination": {
    functions: ["paginate", "paginateWith"],
    smoke: `
      const client = { schedules: { getSchedules: async () =>
        ({ schedules: [{ schedule_id: "a" }, { schedule_id: "b" }], next_page_token: null }) } };
      const ids = [];
      for await (const s of m.paginate(client, "schedules.getSchedules")) ids.push(s.schedule_id);
      if (ids.join() !== "a,b") throw new Error("paginated " + ids.join());`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { paginate } from "@mistral-workflows/pagination";
      export async function main(): Promise<string[]> {
        const client = createClient({ apiKey: "k" });
        const ids: string[] = [];
        for await (const s of paginate(client, "schedules.getSchedules", { page_size: 10 })) ids.push(s.schedule_id);
        // @ts-expect-error: not a list operation
        paginate(client, "schedules.getSchedule");
        return ids;
      }`,
  },
  "@mistral-workflows/streaming": {
    functions: ["streamExecution", "streamEvents", "streamExecutionLogs", "createSSEParser"],
    smoke: `
      const seen = [];
      const parser = m.createSSEParser({ onEvent: (e) => seen.push([e.id, e.event, e.data]) });
      parser.feed(new TextEncoder().encode("id: 7\\nevent: step\\ndata: {\\"a\\":1}\\n\\n"));
      if (JSON.stringify(seen) !== '[["7","step","{\\\\"a\\\\":1}"]]') throw new Error("parsed " + JSON.stringify(seen));`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { streamExecution, type WorkflowStreamEvent } from "@mistral-workflows/streaming";
      export async function main(): Promise<number> {
        const client = createClient({ apiKey: "k" });
        let last = 0;
        for await (const event of streamExecution(client, { execution_id: "e1" })) {
          const typed: WorkflowStreamEvent = event;
          last = typed.broker_sequence;
        }
        // @ts-expect-error: execution_id is required
        streamExecution(client, {});
        return last;
      }`,
  },
  "@mistral-workflows/encoding": {
    functions: [
      "createPayloadCodec",
      "createMemoryBlobStore",
      "encryptedString",
      "BlobNotFoundError",
      "BlobTooLargeError",
      "BlobStoreSdkMissingError",
    ],
    smoke: `
      const codec = m.createPayloadCodec({
        encryption: { mode: "full", mainKey: "ab".repeat(32) },
        compression: { minSizeBytes: 0 },
      });
      const encoded = await codec.encodeInput({ text: "x".repeat(500) }, { executionId: "e1" });
      if (encoded.encoding_options.join() !== "compressed,encrypted") throw new Error("options " + encoded.encoding_options);
      const decoded = await codec.decodeResult(encoded);
      if (decoded.text.length !== 500) throw new Error("decoded " + JSON.stringify(decoded));
      const s3 = typeof require === "function"
        ? require("@mistral-workflows/encoding/s3")
        : await import("@mistral-workflows/encoding/s3");
      // Installed alone, without the optional AWS SDK: the store loads, and its first call names what to install.
      const error = await s3.createS3BlobStore({ bucket: "b" }).get("k").then(() => null, (e) => e);
      if (!(error instanceof m.BlobStoreSdkMissingError) || error.packageName !== "@aws-sdk/client-s3")
        throw new Error("expected BlobStoreSdkMissingError, got " + error);
      if (new m.BlobNotFoundError("k").key !== "k") throw new Error("BlobNotFoundError has no key");`,
    typed: `
      import {
        BlobNotFoundError,
        createPayloadCodec,
        encryptedString,
        type BlobStore,
        type NetworkEncodedInput,
        type PayloadCodec,
      } from "@mistral-workflows/encoding";
      export async function main(): Promise<unknown> {
        const blobs = new Map<string, Uint8Array>();
        const store: BlobStore = {
          async get(key) {
            const bytes = blobs.get(key);
            if (!bytes) throw new BlobNotFoundError(key);
            return bytes;
          },
          async put(key, data) {
            blobs.set(key, data);
          },
          async exists(key) {
            return blobs.has(key);
          },
        };
        // @ts-expect-error: a blob is bytes
        await store.put("k", "text");
        const codec: PayloadCodec = createPayloadCodec({
          encryption: { mode: "partial", mainKey: "ab".repeat(32) },
          offloading: { store, namespace: "ns" },
        });
        const input: NetworkEncodedInput = await codec.encodeInput({ ssn: encryptedString("1") }, { executionId: "e" });
        // @ts-expect-error: mode is "full" or "partial"
        createPayloadCodec({ encryption: { mode: "half", mainKey: "" } });
        return codec.decodeResult(input);
      }`,
  },
  "@mistral-workflows/handles": {
    functions: ["defineWorkflow", "defineSignal", "startExecution", "executeAndWait", "getExecutionHandle"],
    smoke: `
      const { createClient } = await import("@mistral-workflows/client");
      const sent = [];
      const client = createClient({ apiKey: "k", baseUrl: "http://api.invalid", maxRetries: 0,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          sent.push(request.method + " " + new URL(request.url).pathname + " " + (await request.text()));
          return new Response('{"execution_id":"e1","workflow_name":"w","root_execution_id":"e1","status":"RUNNING",' +
            '"start_time":"2025-01-06T09:00:00Z","end_time":null,"result":null}',
            { status: 200, headers: { "content-type": "application/json" } });
        } });
      const handle = await m.startExecution(client, m.defineWorkflow("w"), { a: 1 }, { executionId: "e1" });
      await handle.signal(m.defineSignal("go"), { now: true });
      if (handle.executionId !== "e1") throw new Error("handle of " + handle.executionId);
      if (sent.join("|") !== 'POST /v1/workflows/w/execute {"execution_id":"e1","input":{"a":1}}|' +
        'POST /v1/workflows/executions/e1/signals {"name":"go","input":{"now":true}}') throw new Error("sent " + sent.join("|"));`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { defineSignal, defineWorkflow, startExecution } from "@mistral-workflows/handles";
      export async function main(): Promise<string> {
        const client = createClient({ apiKey: "k" });
        const support = defineWorkflow<{ ticket_id: string }, { status: string }>("support-workflow");
        const approve = defineSignal<{ approved: boolean }>("approve");
        const handle = await startExecution(client, support, { ticket_id: "T-1" });
        await handle.signal(approve, { approved: true });
        // @ts-expect-error: not the workflow's input
        await startExecution(client, support, { ticket: 1 });
        // @ts-expect-error: not the signal's payload
        await handle.signal(approve, { approved: "yes" });
        const result = await handle.result();
        return result.status;
      }`,
  },
  "@mistral-workflows/cli": {
    functions: [],
    smoke: `
      if (m.EXIT_CODES.usage !== 2) throw new Error("exit codes " + JSON.stringify(m.EXIT_CODES));
      if (!/^\\d+\\.\\d+\\.\\d+/.test(m.VERSION)) throw new Error("version " + m.VERSION);`,
    typed: `
      import { EXIT_CODES, VERSION, type ExitCode } from "@mistral-workflows/cli";
      export function main(): string {
        const code: ExitCode = EXIT_CODES.api;
        // @ts-expect-error: not an exit code of the CLI
        const wrong: ExitCode = 4;
        return VERSION + code + wrong;
      }`,
    // The CLI's default install (typegen's json-schema-to-typescript and prettier are not part of it).
    maxDiskBytes: 12_000_000,
    bin: [
      { args: ["--version"], code: 0, stdout: /^\d+\.\d+\.\d+/ },
      { args: ["--help"], code: 0, stdout: /Usage: mistral-workflows[\s\S]*Examples:/ },
      { args: ["workflows", "ls"], code: 2, stderr: /no API key: set MISTRAL_API_KEY/ },
      // Installed alone, without the optional mock server: a clear message, no stack trace.
      {
        args: ["--mock", "workflows", "ls"],
        code: 2,
        stderr: /^error: --mock needs @mistral-workflows\/mock-server, which is not installed/,
      },
      // Installed alone, without the optional typegen package: one line saying what to install, nothing sent.
      {
        args: ["--base-url", "{mock}", "typegen"],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 2,
        stderr:
          /^error: typegen needs @mistral-workflows\/typegen, which is not installed: npm install --save-dev @mistral-workflows\/typegen\n$/,
      },
      {
        args: ["--base-url", "{mock}", "--json", "workflows", "ls", "--limit", "1"],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 0,
        stdout: /^\{"id":"[^"]+","name":"document-summarizer"/,
      },
      {
        args: [
          "--base-url",
          "{mock}",
          "run",
          "support-workflow",
          "--input",
          '{"ticket_id":"T-1"}',
          "--watch",
        ],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 0,
        stdout: /WORKFLOW_EXECUTION_STARTED[\s\S]*WORKFLOW_EXECUTION_COMPLETED[\s\S]*COMPLETED/,
      },
    ],
  },
  "@mistral-workflows/typegen": {
    functions: ["generateWorkflowTypes", "generateWorkflowModule", "GeneratedModuleShapeError"],
    smoke: `
      const { createClient } = await import("@mistral-workflows/client");
      const page = { workflow_versions: [], next_cursor: null, workflow_registrations: [{
        id: "r1", workflow_id: "w1", definition: { input_schema: { type: "object",
          properties: { ticket_id: { type: "string" } }, required: ["ticket_id"] } },
        workflow: { id: "w1", name: "support-workflow", display_name: "Support", type: "code",
          customer_id: "c", workspace_id: "s" } }] };
      const source = await m.generateWorkflowTypes(createClient({ apiKey: "k", baseUrl: "http://api.invalid",
        maxRetries: 0, fetch: async () => new Response(JSON.stringify(page), { status: 200,
          headers: { "content-type": "application/json" } }) }));
      if (!source.includes('defineWorkflow<SupportWorkflowInput, unknown>("support-workflow")'))
        throw new Error("generated " + source);`,
    typed: `
      import { createClient } from "@mistral-workflows/client";
      import { generateWorkflowTypes, type TypegenWarning } from "@mistral-workflows/typegen";
      export async function main(): Promise<string> {
        const warnings: TypegenWarning[] = [];
        const source: string = await generateWorkflowTypes(createClient({ apiKey: "k" }), {
          workflows: ["a"],
          onWarning: (w) => warnings.push(w),
        });
        // @ts-expect-error: workflows is a list of names
        await generateWorkflowTypes(createClient({ apiKey: "k" }), { workflows: "a" });
        return source + warnings.map((w) => w.type).join();
      }`,
    // With the CLI beside it, `mistral-workflows typegen` loads it and writes the module.
    alongside: ["@mistral-workflows/cli"],
    bin: [
      {
        command: "mistral-workflows",
        args: ["--base-url", "{mock}", "typegen", "--workflow", "support-workflow"],
        env: { MISTRAL_API_KEY: "install-test-key" },
        code: 0,
        stdout: /export const supportWorkflow = defineWorkflow</,
      },
    ],
  },
  "@mistral-workflows/mock-server": {
    functions: ["createMockServer", "startMockServer"],
    smoke: `
      const api = m.createMockServer();
      const res = await api.fetch(api.url + "/v1/workflows/schedules", { headers: { authorization: "Bearer k" } });
      if (res.status !== 200) throw new Error("mock answered " + res.status + " " + (await res.text()));
      const body = await res.json();
      if (!Array.isArray(body.schedules)) throw new Error("no schedules in " + JSON.stringify(body));
      api.close();`,
    typed: `
      import { createMockServer, type MockServer } from "@mistral-workflows/mock-server";
      export async function main(): Promise<number> {
        const api: MockServer = createMockServer({ clock: "manual" });
        const res: Response = await api.fetch(api.url + "/v1/workflows/schedules");
        // @ts-expect-error: not a clock mode
        createMockServer({ clock: "sometimes" });
        return res.status + api.requests.length;
      }`,
  },
};
