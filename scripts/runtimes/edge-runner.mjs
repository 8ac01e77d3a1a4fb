/**
 * Runs the bundled worker (`worker-entry.mjs`) in Cloudflare's workerd through Miniflare and prints
 * its `RESULT <json>` line. Miniflare needs Node 22 or later, so the suite starts this file with the
 * cached Node 22, from the folder where Miniflare is installed.
 *
 *   node edge-runner.mjs <worker bundle> <mock server url>
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Miniflare } from "miniflare";

const [bundle, baseUrl] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const workerd = require("workerd/package.json").version;
const mf = new Miniflare({
  modules: true,
  script: readFileSync(bundle, "utf8"),
  scriptPath: bundle,
  compatibilityDate: "2025-09-01",
});
try {
  const res = await mf.dispatchFetch("http://worker.local/", {
    method: "POST",
    body: JSON.stringify({ baseUrl }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `worker answered ${res.status}`);
  console.log(`RESULT ${JSON.stringify({ ...body, runtime: `workerd ${workerd}` })}`);
} finally {
  await mf.dispose();
}
