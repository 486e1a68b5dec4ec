import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { SweepGroup, SweepRun, SweepScan } from "../../lib/cleanup/sweep-groups";
import type { AwsPort } from "../aws/port";
import { sdkPort } from "../aws/sdk-port";
import { runsOf } from "../engine/run-registry";
import { awsTargetOf } from "../engine/target";
import type { Journal } from "../journal";
import { logLine } from "../engine/step-events";
import { findOrphans, sweepGroup } from "./sweep";
import { StepError } from "../aws/errors";
import { timingFor } from "../aws/timing";

export type { SweepRun, SweepScan };

/** Sweeps this process runs or ran, by the swept tag value. */
const runs = runsOf<SweepRun>("sweep");

/** The sweeps this process runs or ran (the panel shows their logs and reports). */
export function sweepRuns(): SweepRun[] {
  return [...runs.values()];
}

/** The region's tagged resources grouped by deployment, plus the sweeps this process runs or ran. */
export async function scanOrphans(journal: Journal, target: DeploymentTarget): Promise<SweepScan> {
  const port = sdkPort(awsTargetOf(target));
  const groups = await findOrphans(port, new Set(journal.listDeployments().map((d) => d.id)));
  return { groups, runs: [...runs.values()] };
}

/**
 * Deletes one group in the background (after the user confirmed it), rescanning first so only
 * resources that still carry the group's tag are touched. `beforeDelete` sees the group as
 * rescanned and may refuse by throwing (server/confirm checks the confirmation there).
 */
export async function startSweep(journal: Journal, target: DeploymentTarget, deploymentId: string, options: { beforeDelete?: (group: SweepGroup, port: AwsPort) => Promise<void> } = {}): Promise<{ isStarted: boolean }> {
  if (runs.get(deploymentId)?.isRunning) return { isStarted: false };
  const port = sdkPort(awsTargetOf(target));
  const group = (await findOrphans(port, new Set(journal.listDeployments().map((d) => d.id)))).find((g) => g.deploymentId === deploymentId);
  if (!group) return { isStarted: false };
  if (group.isBusy) throw new StepError("DeploymentBusy", `Deployment ${deploymentId} is being deployed or cleaned up by this app right now; the sweep leaves it alone.`);
  await options.beforeDelete?.(group, port);
  const run: SweepRun = { deploymentId, isRunning: true, startedAt: Date.now(), log: [] };
  runs.set(deploymentId, run);
  void sweepGroup({ port, group, journal, timing: timingFor(target), where: target.kind, onEvent: (e) => (run.log = [...run.log, logLine(e)].slice(-200)) })
    .then((result) => (run.report = result.report))
    .catch((error: unknown) => (run.log = [...run.log, `stopped: ${(error as Error).message}`]))
    .finally(() => Object.assign(run, { isRunning: false, finishedAt: Date.now() }));
  return { isStarted: true };
}
