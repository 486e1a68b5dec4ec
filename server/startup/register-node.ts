import "server-only";
import { labTimers } from "../cleanup/timer-scheduler";
import { sharedJournal } from "../engine/journal-instance";
import { storeConfig } from "../store/config";

/**
 * What the app server does once at start (instrumentation.ts, Node.js runtime only).
 * - Embedded mode: lab timers ("delete in 2 h") live in SQLite; arming the scheduler here means
 *   a timer that came due while the app was down fires at start, not only when someone next
 *   opens the Status tab.
 * - Team mode (VPCD_DATABASE_URL): this instance also runs a worker in-process, so deploys,
 *   cleanups, sweeps and lab timers enqueued by any instance are executed by any instance
 *   (`VPCD_APP_WORKER=0` leaves the work to `vpcd worker` processes). The workers fire the
 *   team's lab timers; the embedded scheduler is not armed.
 */
export async function registerNode(): Promise<void> {
  let kind: string;
  try {
    kind = storeConfig().kind;
  } catch (error) {
    // A malformed VPCD_DATABASE_URL: every action says so; starting no work here is right.
    console.error((error as Error).message);
    return;
  }
  // Loaded only in team mode: the embedded app never touches the queue's modules.
  if (kind === "postgres") return void (await (await import("../jobs/app-worker")).startAppWorker());
  try {
    labTimers(sharedJournal());
  } catch (error) {
    // The app still serves designs when the data folder is unusable; the Status tab reports it.
    console.error(`lab timers not armed: ${(error as Error).message}`);
  }
}
