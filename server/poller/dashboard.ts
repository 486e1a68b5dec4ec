import "server-only";
import type { StatusDashboard } from "../../lib/status/dashboard";
import type { StatusView } from "../../lib/status/types";
import type { CleanupView } from "../../lib/teardown/view";
import { getDeploymentView } from "../engine/deployments";
import type { DeploymentRow, Journal } from "../journal";
import { getCleanupView } from "../teardown/service";
import { labTimers } from "../teardown/timer-scheduler";
import { readDeploymentStatus } from "./service";

export type { StatusDashboard };

/** Marks resources the cleanup deleted as deleted (not "deleted outside the app"). */
function overlayCleanup(view: StatusView, cleanup: CleanupView): StatusView {
  const rows = view.rows.map((row) => {
    const c = cleanup.entities[row.logicalId];
    return c ? { ...row, phase: c.phase, detail: c.detail ?? (c.phase === "deleted" ? "deleted by cleanup" : row.detail), drift: c.phase === "deleted" ? [] : row.drift } : row;
  });
  const entities = { ...view.entities };
  for (const [id, c] of Object.entries(cleanup.entities)) entities[id] = { ...entities[id], phase: c.phase, detail: c.detail ?? entities[id]?.detail };
  return { ...view, rows, entities };
}

/**
 * One poll of the status panel: live AWS status (skipped once cleanup has deleted everything),
 * the cleanup checklist, the lab timer, and the deploy's own status.
 */
export async function statusDashboard(journal: Journal, row: DeploymentRow): Promise<StatusDashboard> {
  const timers = labTimers(journal);
  const cleanup = getCleanupView(journal, row);
  const isGone = cleanup.progress.total > 0 && cleanup.progress.done === cleanup.progress.total;
  const base = { deploymentId: row.id, name: row.name, target: { kind: row.target.kind, region: row.target.region }, deployStatus: getDeploymentView(row.id, journal)?.status ?? "unknown", cleanup, timer: timers.get(row.id) };
  if (isGone) return base;
  try {
    const reading = await readDeploymentStatus(journal, row);
    return { ...base, reading: { ...reading, view: overlayCleanup(reading.view, cleanup) } };
  } catch (error) {
    return { ...base, readError: (error as Error).message };
  }
}
