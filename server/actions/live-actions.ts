import "server-only";
import { StepError } from "../aws/errors";
import { sharedJournal } from "../engine/journal-instance";
import { resolveTarget } from "../engine/target";
import type { DeploymentRow } from "../journal";
import { startCleanup, stopCleanup } from "../cleanup/service";
import { scanOrphans, startSweep } from "../cleanup/sweep-service";
import { labTimers } from "../cleanup/timer-scheduler";
import { testLoadBalancer } from "../live/alb-test";
import { readConsoleOutput } from "../live/console-output";
import { statusDashboard } from "../live/dashboard";
import { readDeploymentStatus } from "../live/service";

function deployment(id: string): DeploymentRow {
  const row = sharedJournal().getDeployment(id);
  if (!row) throw new StepError("NotFound", `No deployment ${id}.`);
  return row;
}

/**
 * The one server function behind each status action (the actions only parse input).
 * Everything uses the app's shared journal.
 */
export const statusActions = {
  dashboard: (id: string) => statusDashboard(sharedJournal(), deployment(id)),
  startCleanup: (id: string, stepId?: string) => startCleanup(sharedJournal(), deployment(id), stepId),
  stopCleanup: (id: string) => ({ isStopped: stopCleanup(id) }),
  async testLoadBalancer(id: string, count: number) {
    const row = deployment(id);
    const reading = await readDeploymentStatus(sharedJournal(), row);
    const alb = reading.view.rows.find((r) => r.kind === "load-balancer" && r.state === "active");
    if (!alb?.detail) throw new StepError("NotFound", "This deployment has no active load balancer to test yet.");
    return testLoadBalancer(alb.detail, { count, sandboxEndpoint: row.target.kind === "sandbox" ? row.target.endpoint : undefined });
  },
  consoleOutput: (id: string, logicalId: string) => readConsoleOutput(sharedJournal(), deployment(id), logicalId),
  setTimer(id: string, hours: number | null) {
    deployment(id);
    const timers = labTimers(sharedJournal());
    if (hours === null) return (timers.clear(id), null);
    return timers.set(id, Date.now() + hours * 3_600_000);
  },
  scan: (kind: "sandbox" | "aws", region: string) => scanOrphans(sharedJournal(), resolveTarget(kind, region)),
  sweep: (kind: "sandbox" | "aws", region: string, id: string) => startSweep(sharedJournal(), resolveTarget(kind, region), id),
};
