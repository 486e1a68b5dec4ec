import type { PlanError, PlanGraph, PlanResult } from "../graph";
import type { StepId } from "../types";

function successors(g: PlanGraph): Map<StepId, StepId[]> {
  const succs = new Map<StepId, StepId[]>(Object.keys(g.steps).map((id) => [id, []]));
  for (const [from, to] of g.edges) succs.get(from)?.push(to);
  for (const list of succs.values()) list.sort();
  return succs;
}

/** Finds one cycle by depth-first search, in order; undefined when the graph is acyclic. */
export function findCycle(g: PlanGraph): StepId[] | undefined {
  const succs = successors(g);
  const state = new Map<StepId, "open" | "done">();
  const path: StepId[] = [];
  const visit = (id: StepId): StepId[] | undefined => {
    state.set(id, "open");
    path.push(id);
    for (const next of succs.get(id) ?? []) {
      if (state.get(next) === "open") return path.slice(path.indexOf(next));
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of Object.keys(g.steps).sort()) {
    if (state.has(id)) continue;
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Fails with a PlanError naming the steps of a cycle, or of references to nothing. Must run after all edges exist. */
export function assertSound(g: PlanGraph): PlanResult<PlanGraph> {
  if (g.missing.length > 0) {
    const error: PlanError = { code: "missing-reference", message: g.missing.map((m) => `${m.stepId} refers to ${m.ref}, which is not in the design`).join("; "), stepIds: g.missing.map((m) => m.stepId) };
    return { ok: false, error };
  }
  const cycle = findCycle(g);
  if (cycle) return { ok: false, error: { code: "cycle", message: `these steps wait for each other: ${[...cycle, cycle[0]].join(" → ")}`, stepIds: cycle } };
  return { ok: true, plan: g };
}

/**
 * Drops duplicate edges and every edge implied by a longer path (a → c when a → b → c):
 * the walk order is unchanged and the rendered plan shows only direct needs. Acyclic input only.
 */
export function transitiveReduce(g: PlanGraph): PlanGraph {
  const succs = successors(g);
  const reach = new Map<StepId, Set<StepId>>();
  const reachable = (id: StepId): Set<StepId> => {
    const known = reach.get(id);
    if (known) return known;
    const set = new Set<StepId>();
    for (const next of succs.get(id) ?? []) {
      set.add(next);
      for (const r of reachable(next)) set.add(r);
    }
    reach.set(id, set);
    return set;
  };
  const unique = [...new Map(g.edges.map((e) => [`${e[0]}\u0000${e[1]}`, e])).values()];
  const kept = unique.filter(([from, to]) => !(succs.get(from) ?? []).some((mid) => mid !== to && reachable(mid).has(to)));
  return { ...g, edges: kept };
}
