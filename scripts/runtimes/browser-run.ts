/**
 * The browser run: the scenario in headless Chromium, from a page served on another origin than the
 * mock server (so every API call is a real CORS request), then the relay example (`examples/relay`),
 * whose page reads an execution's events through `EventSource` without ever seeing the API key.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { baseEnv } from "../lib/local-registry.ts";
import { CHROMIUM_FLAGS } from "./chromium.ts";

/** What the browser run saw. */
export interface BrowserOutcome {
  /** The scenario's result, as the page returned it. */
  result: Record<string, unknown>;
  /** The page's bundle (scenario + the three packages), minified, gzipped, in bytes. */
  bundleGzipBytes: number;
  /** Events the relay page received, and how many times its EventSource opened. */
  relay: { events: number; opens: number };
}

/** The key the relay holds; the test checks that no request of the page ever carries it. */
const RELAY_KEY = "relay-secret-key";

/** Bundles `entry` for the browser with esbuild (the bundler of the size budgets), minified. */
export async function bundleForBrowser(entry: string, conditions: string[] = []): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    conditions,
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts `node relay/server.mjs` in `dir` against `apiUrl` and resolves to its URL once it listens. */
function startRelay(dir: string, apiUrl: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["relay/server.mjs", "--port", "0", "--base-url", apiUrl, "--drop-after", "4"],
    { cwd: dir, env: { ...baseEnv, MISTRAL_API_KEY: RELAY_KEY }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = () => void (child.exitCode === null && child.kill("SIGTERM"));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /relay listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, stop });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`the relay exited with ${code}:\n${output}`)));
  });
}

/**
 * Runs the scenario in Chromium against `apiUrl`, then the relay page. `dir` is the consumer project
 * (the packed packages installed, `browser-entry.mjs`, `scenario.mjs` and `relay/` copied in).
 */
export async function runBrowser(
  dir: string,
  apiUrl: string,
  executablePath: string,
): Promise<BrowserOutcome> {
  const bundle = await bundleForBrowser(join(dir, "browser-entry.mjs"));
  const html =
    '<!doctype html><meta charset="utf-8"><title>smoke</title><script type="module" src="/page.js"></script>';
  const pages = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/page.js") res.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
    else if (path === "/") res.writeHead(200, { "content-type": "text/html" }).end(html);
    else res.writeHead(404).end();
  });
  const pageOrigin = await listen(pages);
  const profile = mkdtempSync(join(tmpdir(), "workflows-chromium-"));
  let context: BrowserContext | undefined;
  let relay: { url: string; stop: () => void } | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 60_000,
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
    await page.goto(`${pageOrigin}/?api=${encodeURIComponent(apiUrl)}`);
    const result = (await page.evaluate(
      () => (window as unknown as { smokeResult: unknown }).smokeResult,
    )) as Record<string, unknown>;
    if (typeof result.error === "string")
      throw new Error(
        `${result.error}${consoleErrors.length ? `\nconsole: ${consoleErrors.join("\n")}` : ""}`,
      );

    relay = await startRelay(dir, apiUrl);
    const relayPage = await context.newPage();
    const leaks: string[] = [];
    relayPage.on("request", (request) => {
      const seen = JSON.stringify({
        url: request.url(),
        headers: request.headers(),
        body: request.postData(),
      });
      if (seen.includes(RELAY_KEY)) leaks.push(request.url());
    });
    await relayPage.goto(`${relay.url}/?autorun`);
    await relayPage.waitForFunction(
      () => {
        const state = (window as unknown as { relayState?: { done: boolean; failure: string | null } })
          .relayState;
        return state?.done || state?.failure;
      },
      undefined,
      { timeout: 60_000 },
    );
    const state = (await relayPage.evaluate(
      () => (window as unknown as { relayState: unknown }).relayState,
    )) as {
      opens: number;
      ids: number[];
      types: string[];
      failure: string | null;
    };
    if (state.failure) throw new Error(`relay page: ${state.failure}`);
    if (leaks.length) throw new Error(`the API key reached the browser in ${leaks.join(", ")}`);
    if (
      new Set(state.ids).size !== state.ids.length ||
      state.ids.some((id, i) => i > 0 && id !== state.ids[i - 1]! + 1)
    )
      throw new Error(`relay page: events lost or repeated: ${state.ids.join(",")}`);
    if (state.opens !== 2) throw new Error(`relay page: EventSource opened ${state.opens} times, expected 2`);
    if (state.types.at(-1) !== "WORKFLOW_EXECUTION_COMPLETED")
      throw new Error(`relay page: last event ${state.types.at(-1)}`);
    return {
      result,
      bundleGzipBytes: gzipSync(bundle).length,
      relay: { events: state.ids.length, opens: state.opens },
    };
  } finally {
    relay?.stop();
    await context?.close().catch(() => {});
    pages.close();
    pages.closeAllConnections();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The `RELAY_KEY` a browser run's relay holds, so the suite can check the mock saw it. */
export const relayKey = RELAY_KEY;
