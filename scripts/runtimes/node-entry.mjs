/**
 * Entry of the scenario on Node and Bun: loads the packed packages from the project it is copied
 * into, runs the scenario against the mock server given as the first argument, prints one
 * `RESULT <json>` line.
 *
 *   node node-entry.mjs http://127.0.0.1:<port>
 */
import * as client from "@mistral-workflows/client";
import * as encoding from "@mistral-workflows/encoding";
import * as pagination from "@mistral-workflows/pagination";
import * as streaming from "@mistral-workflows/streaming";
import { runScenario, runtimeName } from "./scenario.mjs";

const baseUrl = process.argv[2];
const result = await runScenario(
  { client, streaming, pagination, encoding },
  { baseUrl, apiKey: "smoke-test-key" },
);
console.log(`RESULT ${JSON.stringify({ runtime: runtimeName(), ...result })}`);
