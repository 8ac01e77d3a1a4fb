/**
 * Entry of the scenario in a browser page: runs it against the mock server named by the page's
 * `?api=` parameter (another origin, so every call is a CORS request) and leaves the outcome in
 * `window.smokeResult` (a promise of the result, or of `{ error }`) for the driver to read.
 */
import * as client from "@mistral-workflows/client";
import * as encoding from "@mistral-workflows/encoding";
import * as pagination from "@mistral-workflows/pagination";
import * as streaming from "@mistral-workflows/streaming";
import { runScenario, runtimeName } from "./scenario.mjs";

const baseUrl = new URL(location.href).searchParams.get("api");
window.smokeResult = runScenario(
  { client, streaming, pagination, encoding },
  { baseUrl, apiKey: "smoke-test-key" },
).then(
  (result) => ({ runtime: runtimeName(), ...result }),
  (error) => ({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
