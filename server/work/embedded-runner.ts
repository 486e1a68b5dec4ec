import "server-only";
import { resumeDeployment, stopDeployment } from "../engine/deployments";
import { sharedJournal } from "../engine/journal-instance";
import { getCleanupView, stopCleanup } from "../cleanup/service";
import { scanAcross, targetHolding } from "../cleanup/sweep-across";
import { labTimers } from "../cleanup/timer-scheduler";
import { refuseAdopted } from "../cleanup/adopted";
import { confirmCleanup, startConfirmedCleanup } from "../confirm/cleanup";
import { startConfirmedDeployment } from "../confirm/deploy";
import { confirmSweep, startConfirmedSweep } from "../confirm/sweep";
import { adoptVpcFrom } from "../interop/adopt-vpc";
import { readConsoleOutput } from "../live/console-output";
import { deploymentStatus, listDeploymentSummaries } from "../live/deployment-status";
import { readDeploymentStatus } from "../live/service";
import { deploymentRow } from "../actions/run-action";
import type { WorkRunner } from "./types";

/**
 * The embedded mode (no VPCD_DATABASE_URL): every piece of work runs in the background of this
 * process on the app's SQLite journal — the calls the server actions made before team mode
 * existed, unchanged.
 */
export const embeddedRunner: WorkRunner = {
  mode: "embedded",
  row: async (id) => deploymentRow(id),
  startDeployment: (design, target, token) => startConfirmedDeployment(design, target, token),
  resumeDeployment: async (id) => resumeDeployment(id),
  stopDeployment: async (id) => stopDeployment(id),
  async overview(only) {
    const journal = sharedJournal();
    return listDeploymentSummaries(journal)
      .filter((summary) => !only || only.has(summary.id))
      .map((summary) => {
        const row = journal.getDeployment(summary.id)!;
        return { row, summary, cleanup: getCleanupView(journal, row) };
      });
  },
  status: async (id) => deploymentStatus(sharedJournal(), deploymentRow(id)),
  reading: async (id) => readDeploymentStatus(sharedJournal(), deploymentRow(id)),
  consoleOutput: async (id, logicalId) => readConsoleOutput(sharedJournal(), deploymentRow(id), logicalId),
  confirmCleanup: async (id) => confirmCleanup(deploymentRow(id)),
  startCleanup: async (id, stepId, token) => startConfirmedCleanup(sharedJournal(), deploymentRow(id), { stepId, token }),
  stopCleanup: async (id) => ({ isStopped: stopCleanup(id) }),
  async setTimer(id, hours) {
    const row = deploymentRow(id);
    const timers = labTimers(sharedJournal());
    if (hours === null) return (timers.clear(id), null);
    refuseAdopted(row);
    return timers.set(id, Date.now() + hours * 3_600_000);
  },
  scanOrphans: (scopes) => scanAcross(sharedJournal(), scopes),
  confirmSweep: async (scopes, id) => confirmSweep(sharedJournal(), await targetHolding(sharedJournal(), scopes, id), id),
  sweep: async (scopes, id, token) => startConfirmedSweep(sharedJournal(), await targetHolding(sharedJournal(), scopes, id), id, token),
  adopt: (target, vpcId) => adoptVpcFrom(sharedJournal(), target, vpcId),
};
