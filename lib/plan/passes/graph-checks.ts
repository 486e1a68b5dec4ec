import { buildGraph, findCycle, transitiveReduction, type Graph } from "../graph";
import type { PlanDraft, PlanError, PlanResult } from "../plan-draft";

/** One graph per draft: `assertSound` and `transitiveReduce` run on the same draft object. */
const graphs = new WeakMap<PlanDraft, Graph>();
function graphOf(g: PlanDraft): Graph {
  const known = graphs.get(g);
  if (known) return known;
  const graph = buildGraph(g);
  graphs.set(g, graph);
  return graph;
}

/**
 * Fails with a PlanError naming the steps of a cycle, or of references to nothing. Runs after
 * all edges exist, for create and destroy drafts alike.
 */
export function assertSound<D extends PlanDraft>(g: D): PlanResult<D> {
  if (g.missing.length > 0) {
    const error: PlanError = { code: "missing-reference", message: g.missing.map((m) => `${m.stepId} refers to ${m.ref}, which is not in the design`).join("; "), stepIds: g.missing.map((m) => m.stepId) };
    return { ok: false, error };
  }
  const cycle = findCycle(graphOf(g));
  if (cycle) return { ok: false, error: { code: "cycle", message: `these steps wait for each other: ${[...cycle, cycle[0]].join(" → ")}`, stepIds: cycle } };
  return { ok: true, plan: g };
}

/**
 * Drops duplicate edges and every edge implied by a longer path (a → c when a → b → c):
 * the walk order is unchanged and the rendered plan shows only direct needs. Acyclic input
 * only, so after `assertSound`.
 */
export function transitiveReduce<D extends PlanDraft>(g: D): D {
  return { ...g, edges: transitiveReduction(graphOf(g)) };
}
