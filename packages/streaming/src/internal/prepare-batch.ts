/** The `prepare` step of a stream (see `ConnectSpec.prepare`), over one batch of decoded items. */
import { Skipped, type Batch } from "./connection-reader.js";

/**
 * Runs `prepare` on each item of `batch` in order. When one throws, returns the items before it (still
 * to be handed out) and its error, which then ends the stream.
 */
export async function prepareBatch<T>(
  batch: Batch<T>,
  prepare: (item: T) => Promise<unknown>,
): Promise<{ before: Batch<T>; error: unknown } | undefined> {
  for (let i = 0; i < batch.items.length; i++) {
    const item = batch.items[i];
    if (item instanceof Skipped) continue;
    try {
      await prepare(item as T);
    } catch (error) {
      const items = batch.items.slice(0, i);
      const skipped = items.filter((x) => x instanceof Skipped).length;
      return { before: { items, ids: batch.ids.slice(0, i), skipped }, error };
    }
  }
  return undefined;
}
