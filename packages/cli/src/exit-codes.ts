/**
 * The exit codes of `mistral-workflows`, for scripts:
 *
 * | code | meaning                                                                   |
 * | ---- | ------------------------------------------------------------------------- |
 * | 0    | success; for `run --wait`/`--watch`, `watch` and `result`: it completed   |
 * | 1    | the execution failed, was canceled, terminated or timed out               |
 * | 2    | usage error: unknown command or option, bad value, missing API key       |
 * | 3    | API or connection error (any HTTP error status, network failure, timeout) |
 */
export const EXIT_CODES = {
  ok: 0,
  executionFailed: 1,
  usage: 2,
  api: 3,
} as const;

/** One of {@link EXIT_CODES}' values. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
