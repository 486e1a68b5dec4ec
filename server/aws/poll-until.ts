import "server-only";

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function abortError(): Error {
  const error = new Error("cleanup stopped");
  error.name = "AbortError";
  return error;
}

/** Thrown when a wait passes its deadline; names what it waited for. */
export class WaitTimeoutError extends Error {
  override name = "WaitTimeout";
}

/**
 * Calls `probe` every `intervalMs` until it returns true, or throws `WaitTimeoutError`
 * (naming `what`) after `deadlineMs`. Used where SDK v3 has no waiter (ENIs gone, AWS-RULES
 * §7.2) and where the waiters' whole-second delays would dominate a time-scaled sandbox.
 */
export async function pollUntil(what: string, probe: () => Promise<boolean>, options: { intervalMs: number; deadlineMs: number; signal?: AbortSignal }): Promise<void> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > options.deadlineMs) throw new WaitTimeoutError(`gave up waiting after ${Math.round(options.deadlineMs / 1000)} s: ${what}`);
    await sleep(options.intervalMs, options.signal);
  }
}
