/**
 * Debian's Chromium for the browser run: used where it is, installed with apt-get when it is missing
 * and we are root, and otherwise a failure that says why.
 */
import { existsSync } from "node:fs";
import { runAsync } from "../lib/local-registry.ts";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * The flags the browser runs with: headless, no sandbox (we run as root in CI), and nothing that
 * reaches the network on its own (no QUIC, first-run, background, component-update or sync traffic).
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function aptGet(args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    return { ok: true, output: await runAsync("apt-get", args, "/", { DEBIAN_FRONTEND: "noninteractive" }) };
  } catch (error) {
    return { ok: false, output: (error as Error).message };
  }
}

/**
 * Returns the path of Chromium, installing Debian's package first if it is missing (as root only:
 * `apt-get install`, and `apt-get update` then again if the package lists are stale). Throws the
 * reason when it cannot.
 */
export async function ensureChromium(): Promise<{ path: string; installed: boolean }> {
  if (existsSync(CHROMIUM_PATH)) return { path: CHROMIUM_PATH, installed: false };
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get"))
    throw new Error(`${CHROMIUM_PATH} is missing and this is not a Debian-like system: install Chromium`);
  if (process.getuid?.() !== 0)
    throw new Error(`${CHROMIUM_PATH} is missing and installing it needs root: apt-get install chromium`);
  let attempt = await aptGet(["install", "-y", "--no-install-recommends", "chromium"]);
  if (!attempt.ok) {
    const update = await aptGet(["update"]);
    if (!update.ok) throw new Error(`apt-get update failed:\n${update.output.slice(-2000)}`);
    attempt = await aptGet(["install", "-y", "--no-install-recommends", "chromium"]);
  }
  if (!attempt.ok || !existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get install chromium failed:\n${attempt.output.slice(-2000)}`);
  return { path: CHROMIUM_PATH, installed: true };
}
