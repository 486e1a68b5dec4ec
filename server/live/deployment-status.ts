import "server-only";
import { deploymentLifecycle } from "../../lib/deploy/entity-status";
import { deploymentStatusView, type DeploymentStatusView } from "../../lib/deploy/status-view";
import type { StatusReading } from "../../lib/live/types";
import { getDeploymentView, listDeploymentViews } from "../engine/deployments";
import type { DeploymentRow, Journal } from "../journal";
import { ensureReport, getCleanupView } from "../cleanup/service";
import { labTimers } from "../cleanup/timer-scheduler";
import { readableTimer } from "../cleanup/timer-why";
import { readDeploymentStatus } from "./service";

export type { DeploymentStatusView };

/** While a deploy or cleanup runs the browser polls about every second; AWS is read at most every 5 s then. */
const BUSY_READ_MS = 5_000;
const lastReads: Map<string, { at: number; reading: StatusReading }> = ((globalThis as { __vpcdLastReads?: Map<string, { at: number; reading: StatusReading }> }).__vpcdLastReads ??= new Map());

/** A live reading, reused for 5 s while the deployment is busy (team mode's poll reads through it too). */
export async function readThrottled(journal: Journal, row: DeploymentRow, isBusy: boolean): Promise<StatusReading> {
  const last = lastReads.get(row.id);
  if (isBusy && last && Date.now() - last.at < BUSY_READ_MS) return last.reading;
  const reading = await readDeploymentStatus(journal, row);
  lastReads.set(row.id, { at: Date.now(), reading });
  return reading;
}

/**
 * One poll of a deployment, for every view of it: the deploy walk's progress, live AWS
 * status (not read once cleanup has deleted everything), the cleanup checklist, the lab
 * timer, merged into one lifecycle and one status per entity (lib/deploy/status-view.ts).
 */
export async function deploymentStatus(journal: Journal, row: DeploymentRow): Promise<DeploymentStatusView> {
  const progress = getCleanupView(journal, row).progress;
  const isGone = progress.total > 0 && progress.done === progress.total;
  if (isGone) await ensureReport(journal, row).catch(() => undefined);
  const cleanup = getCleanupView(journal, row);
  const deployment = getDeploymentView(row.id, journal)!;
  const parts = { deployment, cleanup, timer: readableTimer(labTimers(journal).get(row.id)) };
  if (isGone) return deploymentStatusView(parts);
  try {
    const reading = await readThrottled(journal, row, cleanup.isRunning || deployment.status === "running");
    return deploymentStatusView({ ...parts, reading });
  } catch (error) {
    return deploymentStatusView({ ...parts, readError: (error as Error).message });
  }
}

/** A row of the deployments list: the deploy's own status and the lifecycle every view shows. */
export type DeploymentSummary = Pick<DeploymentStatusView["deployment"], "id" | "name" | "status" | "createdAt" | "target" | "progress" | "resources"> & { lifecycle: DeploymentStatusView["lifecycle"]; adoptedFrom?: string };

/** Every recorded deployment, newest first, with its lifecycle (a destroyed one reads "cleaned-up", not "complete") and, if adopted, the VPC. */
export function listDeploymentSummaries(journal: Journal): DeploymentSummary[] {
  return listDeploymentViews(journal).map((view) => {
    const row = journal.getDeployment(view.id)!;
    const { id, name, status, createdAt, target, progress, resources } = view;
    const adopted = view.adopted ? { adoptedFrom: view.adopted.vpcId } : {};
    return { id, name, status, createdAt, target, progress, resources, lifecycle: deploymentLifecycle(status, getCleanupView(journal, row)), ...adopted };
  });
}
