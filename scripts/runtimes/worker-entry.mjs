/**
 * Entry of the scenario in an edge runtime (a module worker): `POST /` with `{ "baseUrl" }` runs the
 * scenario from inside the worker and answers its result as JSON (or `500` with the error). Bundled
 * with the packed packages into one module before it is loaded.
 */
import * as client from "@mistral-workflows/client";
import * as encoding from "@mistral-workflows/encoding";
import * as pagination from "@mistral-workflows/pagination";
import * as streaming from "@mistral-workflows/streaming";
import { runScenario, runtimeName } from "./scenario.mjs";

export default {
  /** @param {Request} request */
  async fetch(request) {
    const { baseUrl } = await request.json();
    try {
      const result = await runScenario(
        { client, streaming, pagination, encoding },
        { baseUrl, apiKey: "smoke-test-key" },
      );
      return Response.json({ runtime: runtimeName(), ...result });
    } catch (error) {
      return Response.json(
        { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
        { status: 500 },
      );
    }
  },
};
