/**
 * Paging through a listing, and resuming it from a saved cursor after a crash, with no item twice and
 * none missed. Run: `examples/node_modules/.bin/tsx examples/resume-listing.ts` (after `npm run demo` has built the packages).
 *
 * `paginate()` follows whatever cursor the operation uses (here `next_page_token`). `.pages()` gives
 * each page's `nextCursor`: save it once that page's items are handled, and pass it back as `cursor`
 * to go on with the next page, in this process or another one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@mistral-workflows/client";
import { createMockServer, scheduleFixture } from "@mistral-workflows/mock-server";
import { paginate } from "@mistral-workflows/pagination";

const ids = Array.from({ length: 8 }, (_, i) => `nightly-${i + 1}`);
const api = createMockServer({ schedules: ids.map((id) => scheduleFixture({ schedule_id: id })) });
const client = createClient({ apiKey: "test", baseUrl: api.url, fetch: api.fetch });
const dir = mkdtempSync(join(tmpdir(), "resume-listing-"));
const checkpoint = join(dir, "cursor.json");
const handled: string[] = [];

// First run: handle pages of 3, saving the cursor after each, and "crash" after the second page.
let pagesDone = 0;
for await (const page of paginate(client, "schedules.getSchedules", { page_size: 3 }).pages()) {
  for (const schedule of page.items) handled.push(schedule.schedule_id);
  writeFileSync(checkpoint, JSON.stringify({ cursor: page.nextCursor })); // null once complete
  console.log(`page ${++pagesDone}: ${page.items.map((s) => s.schedule_id).join(", ")}`);
  if (pagesDone === 2) break; // the process dies here; `break` also stops the listing cleanly
}

// Later, maybe in another process: read the checkpoint and go on after the last handled page.
const { cursor } = JSON.parse(readFileSync(checkpoint, "utf8")) as { cursor: string | null };
console.log(`resuming from saved cursor ${JSON.stringify(cursor)}`);
if (cursor !== null) {
  for await (const schedule of paginate(client, "schedules.getSchedules", { page_size: 3 }, { cursor })) {
    handled.push(schedule.schedule_id);
    console.log(`resumed: ${schedule.schedule_id}`);
  }
}
rmSync(dir, { recursive: true, force: true });

const expected = [...ids].sort();
if (JSON.stringify([...handled].sort()) !== JSON.stringify(expected))
  throw new Error(`handled ${handled.join(", ")}; expected each of ${expected.join(", ")} exactly once`);
console.log(`${handled.length} schedules, each handled exactly once`);
