/**
 * Runs once when the app server starts. Lab timers ("delete in 2 h") live in SQLite; arming
 * the scheduler here means a timer that came due while the app was down fires at start, not
 * only when someone next opens the Status tab.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ sharedJournal }, { labTimers }] = await Promise.all([
    import("./server/engine/journal-instance"),
    import("./server/cleanup/timer-scheduler"),
  ]);
  try {
    labTimers(sharedJournal());
  } catch (error) {
    // The app still serves designs when the data folder is unusable; the Status tab reports it.
    console.error(`lab timers not armed: ${(error as Error).message}`);
  }
}
