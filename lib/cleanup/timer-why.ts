import { LIVE_TEXTS_EN, liveText, type LiveText } from "../live/text";

/**
 * Why a timed cleanup did not count as done, as a `live` message: stored with the lab timer
 * (as JSON, so the browser can word it in the reader's language and the terminal in English),
 * read back with `whyOf`.
 */

/** What a finished (or stopped) cleanup left: its failed steps and what still bills. */
export type CleanupOutcome = { failures: ReadonlyArray<{ stepId: string; code: string }>; isNothingBillableLeft: boolean; remainingIds: readonly string[] };

/**
 * Why the timer stays, or undefined when the cleanup ended verified.
 *
 * @example unfinishedWhy(undefined) // { key: "timerStopped" }
 */
export function unfinishedWhy(outcome: CleanupOutcome | undefined): LiveText | undefined {
  if (!outcome) return liveText("timerStopped");
  if (outcome.isNothingBillableLeft && outcome.failures.length === 0) return undefined;
  if (outcome.failures.length > 0) return liveText("timerStepsFailed", { steps: outcome.failures.map((f) => `${f.stepId}: ${f.code}`).join("; ") });
  return liveText("timerStillBilling", { ids: outcome.remainingIds.join(", ") });
}

/** The form a reason is stored in (the timer's `last_error` column). */
export const storedWhy = (why: LiveText): string => JSON.stringify(why);

/**
 * A stored reason as a message; undefined for text an earlier version stored as English.
 *
 * @example whyOf('{"key":"timerStopped"}') // { key: "timerStopped" }
 */
export function whyOf(stored: string | undefined): LiveText | undefined {
  if (!stored?.startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(stored) as LiveText;
    return Object.hasOwn(LIVE_TEXTS_EN, parsed.key) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
