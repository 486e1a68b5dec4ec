import "server-only";
import { fatalForWaiting, isAmbiguous, isNotFound, isThrottling, StepError } from "./errors";

/** How long to wait and how often to look. Every wait has a deadline. */
export type WaitOptions = { timeoutMs: number; minDelayMs: number; maxDelayMs: number; signal?: AbortSignal };

/** Thrown when the signal aborts: the run was stopped between AWS calls (resumable). */
export function aborted(): StepError {
  return new StepError("Aborted", "Stopped before this step finished; run it again to continue.", true);
}

/** Resolves after `ms`, or rejects with `Aborted` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => (clearTimeout(timer), reject(aborted()));
    const timer = setTimeout(() => (signal?.removeEventListener("abort", onAbort), resolve()), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * The n-th delay of a wait: doubling from `minDelayMs` to `maxDelayMs`, with "equal jitter"
 * (half fixed, half random) so a class of students polling one account does not poll in step
 * (docs/aws-facts.md §8.4).
 *
 * @example delayMs({ minDelayMs: 100, maxDelayMs: 1000, timeoutMs: 1 }, 0, () => 0) === 50
 */
export function delayMs(wait: Omit<WaitOptions, "signal">, attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(wait.maxDelayMs, wait.minDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/**
 * Looks (`describe`) until `isDone` says so, for every slow AWS transition: NAT available or
 * deleted, instance running or terminated, load balancer active or gone, interfaces released.
 * One loop for all of them instead of the SDK waiters, because those retry every error until
 * their deadline: here a throttled, broken or not-yet-visible probe is simply looked at again, while expired
 * credentials or AccessDenied end the wait at once with what to do, and `isDone` may throw to
 * report a failure state (a `failed` NAT gateway with AWS's reason). Past `timeoutMs` it throws
 * a retryable `WaiterTimeout` naming `what`.
 */
export async function poll<T>(what: string, describe: () => Promise<T>, isDone: (result: T) => boolean, wait: WaitOptions): Promise<T> {
  const deadline = Date.now() + wait.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (wait.signal?.aborted) throw aborted();
    try {
      const result = await describe();
      if (isDone(result)) return result;
    } catch (error) {
      const fatal = fatalForWaiting(error);
      if (fatal) throw fatal;
      // Throttled, lost, or not visible yet (eventual consistency right after a create): look again.
      if (!isThrottling(error) && !isAmbiguous(error) && !isNotFound(error)) throw error;
    }
    const delay = delayMs(wait, attempt);
    if (Date.now() + delay > deadline) throw new StepError("WaiterTimeout", `Waited ${Math.round(wait.timeoutMs / 1000)} s for ${what}; AWS has not finished.`, true);
    await sleep(delay, wait.signal);
  }
}
