import "server-only";
import type { Journal } from "../journal";
import { openLabTimers, type LabTimers } from "./lab-timer";
import { startCleanup } from "./service";
import type { CleanupResult } from "./run-cleanup";
import { refused, unfinished } from "./timer-why";

type Scheduler = { timers: LabTimers; interval: ReturnType<typeof setInterval> };
const holder = globalThis as { __vpcdLabTimerScheduler?: Scheduler };

/** How long after a timed cleanup that did not end verified it is tried again. */
export const TIMER_RETRY_MS = 10 * 60_000;

/**
 * Starts every cleanup whose lab timer is due. A timer is cleared only once its cleanup is
 * verified ("nothing billable left"); one that fails stays, says why, and is tried again
 * after `TIMER_RETRY_MS`, so a forgotten NAT gateway is never silently left billing.
 */
export function fireDueTimers(journal: Journal, timers: LabTimers, now = Date.now(), retryMs = TIMER_RETRY_MS): string[] {
  const fired: string[] = [];
  for (const timer of timers.due(now)) {
    const row = journal.getDeployment(timer.deploymentId);
    if (!row) {
      timers.clear(timer.deploymentId);
      continue;
    }
    try {
      const onDone = (result: CleanupResult | undefined) => {
        const why = unfinished(result);
        if (why) timers.failed(timer.deploymentId, Date.now() + retryMs, why);
        else timers.clear(timer.deploymentId);
      };
      // While it runs the timer is not due again; a crash meanwhile retries it after the delay.
      timers.postpone(timer.deploymentId, now + retryMs);
      if (startCleanup(journal, row, undefined, onDone).isStarted) fired.push(timer.deploymentId);
    } catch (error) {
      // Still deploying, or refused: keep the timer and say why.
      timers.failed(timer.deploymentId, now + retryMs, refused(error));
    }
  }
  return fired;
}

/**
 * The app process's lab timers, checked every 15 s (and at once). Idempotent: the status
 * actions call it on every poll, so after a restart the first page load re-arms it, and a
 * timer that came due while the app was down fires then.
 */
export function labTimers(journal: Journal): LabTimers {
  if (!holder.__vpcdLabTimerScheduler) {
    const timers = openLabTimers();
    const interval = setInterval(() => fireDueTimers(journal, timers), 15_000);
    interval.unref?.();
    holder.__vpcdLabTimerScheduler = { timers, interval };
    fireDueTimers(journal, timers);
  }
  return holder.__vpcdLabTimerScheduler.timers;
}
