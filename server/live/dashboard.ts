import "server-only";
import type { StatusDashboard, StatusReading } from "../../lib/live/dashboard";
import type { StatusView } from "../../lib/live/types";
import type { CleanupView } from "../../lib/cleanup/view";
import { getDeploymentView } from "../engine/deployments";
import type { DeploymentRow, Journal } from "../journal";
import { ensureReport, getCleanupView } from "../cleanup/service";
import { labTimers } from "../cleanup/timer-scheduler";
import { readDeploymentStatus } from "./service";

export type { StatusDashboard };

/** Marks resources the cleanup deleted as deleted (not "deleted outside the app"). */
export function overlayCleanup(view: StatusView, cleanup: CleanupView): StatusView {
  const rows = view.rows.map((row) => {
    const c = cleanup.entities[row.logicalId];
    return c ? { ...row, phase: c.phase, detail: c.detail ?? (c.phase === "deleted" ? "deleted by cleanup" : row.detail), drift: c.phase === "deleted" ? [] : row.drift } : row;
  });
  const entities = { ...view.entities };
  for (const [id, c] of Object.entries(cleanup.entities)) entities[id] = { ...entities[id], phase: c.phase, detail: c.detail ?? entities[id]?.detail };
  return { ...view, rows, entities };
}

/** While a deploy or cleanup runs the panel polls every second; AWS is read at most every 5 s then. */
const BUSY_READ_MS = 5_000;
const lastReads: Map<string, { at: number; reading: StatusReading }> = ((globalThis as { __vpcdLastReads?: Map<string, { at: number; reading: StatusReading }> }).__vpcdLastReads ??= new Map());

async function readThrottled(journal: Journal, row: DeploymentRow, isBusy: boolean): Promise<StatusReading> {
  const last = lastReads.get(row.id);
  if (isBusy && last && Date.now() - last.at < BUSY_READ_MS) return last.reading;
  const reading = await readDeploymentStatus(journal, row);
  lastReads.set(row.id, { at: Date.now(), reading });
  return reading;
}

/**
 * One poll of the status panel: live AWS status (skipped once cleanup has deleted everything),
 * the cleanup checklist, the lab timer, and the deploy's own status.
 */
export async function statusDashboard(journal: Journal, row: DeploymentRow): Promise<StatusDashboard> {
  const timers = labTimers(journal);
  const progress = getCleanupView(journal, row).progress;
  const isGone = progress.total > 0 && progress.done === progress.total;
  if (isGone) await ensureReport(journal, row).catch(() => undefined);
  const cleanup = getCleanupView(journal, row);
  const deployStatus = getDeploymentView(row.id, journal)?.status ?? "unknown";
  const base = { deploymentId: row.id, name: row.name, target: { kind: row.target.kind, region: row.target.region }, deployStatus, cleanup, timer: timers.get(row.id) };
  if (isGone) return base;
  try {
    const reading = await readThrottled(journal, row, cleanup.isRunning || deployStatus === "running");
    return { ...base, reading: { ...reading, view: overlayCleanup(reading.view, cleanup) } };
  } catch (error) {
    return { ...base, readError: (error as Error).message };
  }
}
