import { InvalidArgumentError, type RequestOptions } from "@mistral-workflows/client";

/**
 * The per-request options of a handle method's options object (`signal`, `timeoutMs`, `maxRetries`,
 * `retrySafe`, `headers`), without the method's own fields. Throws `InvalidArgumentError` for a non-object.
 */
export function requestOptions(options: RequestOptions | undefined): RequestOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object")
    throw new InvalidArgumentError("options must be an object.", "options");
  const { signal, timeoutMs, maxRetries, retrySafe, headers } = options;
  const picked: RequestOptions = {};
  if (signal !== undefined) picked.signal = signal;
  if (timeoutMs !== undefined) picked.timeoutMs = timeoutMs;
  if (maxRetries !== undefined) picked.maxRetries = maxRetries;
  if (retrySafe !== undefined) picked.retrySafe = retrySafe;
  if (headers !== undefined) picked.headers = headers;
  return picked;
}
