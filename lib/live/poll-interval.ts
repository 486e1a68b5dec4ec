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
