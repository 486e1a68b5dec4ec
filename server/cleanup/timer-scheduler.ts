import "server-only";
import type { Journal } from "../journal";
import { openLabTimers, type LabTimers } from "./lab-timer";
import { startCleanup } from "./service";

type Scheduler = { timers: LabTimers; interval: ReturnType<typeof setInterval> };
const holder = globalThis as { __vpcdLabTimerScheduler?: Scheduler };

/** Starts every cleanup whose lab timer is due, and forgets those timers. */
export function fireDueTimers(journal: Journal, timers: LabTimers, now = Date.now()): string[] {
  const fired: string[] = [];
  for (const timer of timers.due(now)) {
    const row = journal.getDeployment(timer.deploymentId);
    timers.clear(timer.deploymentId);
    if (!row) continue;
    try {
      startCleanup(journal, row);
      fired.push(timer.deploymentId);
    } catch {
      // Still deploying: try again at the next check.
      timers.set(timer.deploymentId, timer.dueAt, timer.setAt);
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
