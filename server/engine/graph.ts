import "server-only";
import type { Plan, StepId } from "../../lib/plan/types";

export type Graph = { preds: Map<StepId, StepId[]>; succs: Map<StepId, StepId[]> };

/** Predecessor and successor lists for every step of a plan. */
export function buildGraph(plan: Plan): Graph {
  const preds = new Map<StepId, StepId[]>();
  const succs = new Map<StepId, StepId[]>();
  for (const id of Object.keys(plan.steps)) {
    preds.set(id, []);
    succs.set(id, []);
  }
  for (const [from, to] of plan.edges) {
    preds.get(to)?.push(from);
    succs.get(from)?.push(to);
  }
  return { preds, succs };
}

/** Every step reachable from `start` (not including it). */
export function descendants(graph: Graph, start: StepId): StepId[] {
  const seen = new Set<StepId>();
  const stack = [...(graph.succs.get(start) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.succs.get(id) ?? []));
  }
  return [...seen].sort();
}

/**
 * The longest weighted path from each step to the end of the plan (its own weight included).
 * The walker starts ready steps with the longest tail first, so the slow chain (EIP → NAT →
 * route) is never queued behind quick work when slots are scarce.
 */
export function tailLengths(plan: Plan, graph: Graph, weight: (id: StepId) => number): Map<StepId, number> {
  const memo = new Map<StepId, number>();
  const visit = (id: StepId, depth: number): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (depth > Object.keys(plan.steps).length) return 0;
    const tail = Math.max(0, ...(graph.succs.get(id) ?? []).map((s) => visit(s, depth + 1)));
    const value = weight(id) + tail;
    memo.set(id, value);
    return value;
  };
  for (const id of Object.keys(plan.steps)) visit(id, 0);
  return memo;
}
