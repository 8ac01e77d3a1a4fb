/**
 * Entry of the scenario on Deno: loads the packages with `npm:` specifiers (Deno installs them from
 * the registry in `NPM_CONFIG_REGISTRY`, the local one holding the packed packages), runs the scenario
 * against the mock server given as the first argument, prints one `RESULT <json>` line.
 *
 *   deno run --allow-net=127.0.0.1 deno-entry.mjs http://127.0.0.1:<port>
 */
import * as client from "npm:@mistral-workflows/client";
import * as encoding from "npm:@mistral-workflows/encoding";
import * as pagination from "npm:@mistral-workflows/pagination";
import * as streaming from "npm:@mistral-workflows/streaming";
import { runScenario, runtimeName } from "./scenario.mjs";

const baseUrl = Deno.args[0];
const result = await runScenario(
  { client, streaming, pagination, encoding },
  { baseUrl, apiKey: "smoke-test-key" },
);
console.log(`RESULT ${JSON.stringify({ runtime: runtimeName(), ...result })}`);
