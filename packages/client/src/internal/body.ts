/** Cancels a body nobody will read, so its connection is released now rather than at garbage collection. */
export function discardBody(response: Response): void {
  if (response.body && !response.bodyUsed) response.body.cancel().catch(() => {});
}
