import type { StatusDashboard } from "./dashboard";
import type { StatusPhase } from "./types";

/**
 * What each diagram node shows after one status poll: the live reading, overlaid with the
 * cleanup's progress (deleting, deleted, blocked by …), which wins where both speak.
 *
 * @example diagramEntities(dashboard)["lab-nat"] // { phase: "deleting", awsId: "nat-…", detail: "EIP 3.3.3.3" }
 */
export function diagramEntities(dashboard: StatusDashboard): Record<string, { phase: StatusPhase; awsId?: string; detail?: string }> {
  const entities: Record<string, { phase: StatusPhase; awsId?: string; detail?: string }> = {};
  for (const [id, e] of Object.entries(dashboard.reading?.view.entities ?? {})) entities[id] = { phase: e.phase, awsId: e.awsId, detail: e.detail };
  for (const [id, e] of Object.entries(dashboard.cleanup.entities)) entities[id] = { ...entities[id], phase: e.phase, detail: e.detail ?? entities[id]?.detail };
  return entities;
}
