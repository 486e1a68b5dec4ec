/** Poll fast while something changes, back off to slow once everything is stable. */
export const FAST_POLL_MS = 2_000;
export const SLOW_POLL_MS = 30_000;

/**
 * The delay before the next refresh: fast when the view changed or is not settled, otherwise
 * half again the previous delay, up to `SLOW_POLL_MS`.
 *
 * @example nextPollInterval({ changed: false, isSettled: true, previousMs: 2000 }) === 3000
 */
export function nextPollInterval(input: { changed: boolean; isSettled: boolean; previousMs: number }): number {
  if (input.changed || !input.isSettled) return FAST_POLL_MS;
  return Math.min(SLOW_POLL_MS, Math.round(Math.max(FAST_POLL_MS, input.previousMs) * 1.5));
}

/** While the deploy walks, the app looks more than once a second, as live progress needs. */
export const DEPLOY_POLL_MS = 700;
/** While a cleanup runs, every second. */
export const CLEANUP_POLL_MS = 1_000;
/** After a failed poll (server gone, network down), wait this long before trying again. */
export const RETRY_POLL_MS = 5_000;

/**
 * When the browser polls a deployment's status next: fast while the deploy walks or the
 * cleanup runs, otherwise as the server advises for the live reading (fast while AWS
 * changes, backing off to `SLOW_POLL_MS`); a deploy in progress retries fast after a failure.
 *
 * @example nextPollDelay({ lifecycle: "cleaning-up" }) === 1000
 */
export function nextPollDelay(last: { lifecycle: string; nextPollMs?: number } | undefined, hasFailed = false): number {
  if (last?.lifecycle === "running") return DEPLOY_POLL_MS;
  if (hasFailed) return RETRY_POLL_MS;
  if (last?.lifecycle === "cleaning-up") return CLEANUP_POLL_MS;
  return last?.nextPollMs ?? SLOW_POLL_MS;
}
