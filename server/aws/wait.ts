import "server-only";
import type { WaitOptions } from "./port";
import { StepError } from "./errors";

/**
 * Polls `describe` until `isDone(result)`, for the transitions AWS has no SDK waiter for (an
 * internet gateway's attachment, for one). Backoff doubles from `minDelayMs` to `maxDelayMs`;
 * past `timeoutMs` it throws WaiterTimeout, and it stops early when the signal aborts.
 */
export async function poll<T>(describe: () => Promise<T>, isDone: (result: T) => boolean, wait: WaitOptions): Promise<T> {
  const deadline = Date.now() + wait.timeoutMs;
  let delay = wait.minDelayMs;
  for (;;) {
    const result = await describe();
    if (isDone(result)) return result;
    if (wait.signal?.aborted) throw new StepError("Aborted", "The deployment was stopped while waiting.", true);
    if (Date.now() + delay > deadline) throw new StepError("WaiterTimeout", `Still not ready after ${Math.round(wait.timeoutMs / 1000)} s.`, true);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(wait.maxDelayMs, delay * 2);
  }
}
