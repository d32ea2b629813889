/** Gives queued I/O (a stream chunk on its way to the client) a chance to go out before more CPU work runs. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
