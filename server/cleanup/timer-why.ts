import "server-only";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import { storedWhy, unfinishedWhy, whyOf } from "../../lib/cleanup/timer-why";
import { liveText } from "../../lib/live/text";
import { errorCode } from "../aws/errors";
import { english } from "../util/english";
import type { CleanupResult } from "./run-cleanup";

/** Why a timed cleanup does not count as done, in the form the timer stores; undefined once verified. */
export function unfinished(result: CleanupResult | undefined): string | undefined {
  const why = unfinishedWhy(result && { failures: result.failures.map((f) => ({ stepId: f.stepId, code: f.error.code })), isNothingBillableLeft: result.report.isNothingBillableLeft, remainingIds: result.report.remaining.map((r) => r.awsId) });
  return why && storedWhy(why);
}

/** Why a timed cleanup could not start (still deploying, refused), in the form the timer stores. */
export const refused = (error: unknown): string => storedWhy(liveText("timerRefused", { code: errorCode(error) }));

/** A timer as the browser and the terminal read it: the reason as a message (`why`) and in English (`lastError`). */
export function readableTimer(timer: LabTimer | undefined): LabTimer | undefined {
  const why = whyOf(timer?.lastError);
  return timer && why ? { ...timer, why, lastError: english(why) } : timer;
}
