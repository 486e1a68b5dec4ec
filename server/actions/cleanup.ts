import "server-only";
import { sharedJournal } from "../engine/journal-instance";
import { stopCleanup } from "../cleanup/service";
import { confirmCleanup, startConfirmedCleanup } from "../confirm/cleanup";
import { labTimers } from "../cleanup/timer-scheduler";
import { refuseAdopted } from "../cleanup/adopted";
import { deploymentRow } from "./run-action";

/** The one server function behind each cleanup action (the actions only parse input), on the app's shared journal. */
export const cleanupActions = {
  confirm: (id: string) => confirmCleanup(deploymentRow(id)),
  start: (id: string, stepId?: string, token?: string) => startConfirmedCleanup(sharedJournal(), deploymentRow(id), { stepId, token }),
  stop: (id: string) => ({ isStopped: stopCleanup(id) }),
  setTimer(id: string, hours: number | null) {
    const row = deploymentRow(id);
    const timers = labTimers(sharedJournal());
    if (hours === null) return (timers.clear(id), null);
    refuseAdopted(row);
    return timers.set(id, Date.now() + hours * 3_600_000);
  },
};
