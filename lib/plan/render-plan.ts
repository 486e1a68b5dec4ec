import type { Plan, StepId } from "./types";

/**
 * The plan's steps in a valid execution order (ties broken by id), each with the steps it
 * waits for. Used by the plan preview and by golden tests.
 *
 * @example
 * renderPlan(plan) // "1. create:vpc:lab-vpc\n2. create:subnet:public-a  <- create:vpc:lab-vpc\n…"
 */
export function renderPlan(plan: Plan): string {
  const preds = predecessors(plan);
  return orderSteps(plan)
    .map((id, i) => {
      const waits = preds.get(id) ?? [];
      return `${i + 1}. ${id}${waits.length ? `  <- ${waits.join(", ")}` : ""}`;
    })
    .join("\n");
}

/** Predecessors of each step, sorted. */
export function predecessors(plan: Plan): Map<StepId, StepId[]> {
  const preds = new Map<StepId, StepId[]>(Object.keys(plan.steps).map((id) => [id, []]));
  for (const [from, to] of plan.edges) preds.get(to)?.push(from);
  for (const list of preds.values()) list.sort();
  return preds;
}

/** Kahn's algorithm with the smallest ready id first: deterministic topological order. */
export function orderSteps(plan: Plan): StepId[] {
  const preds = predecessors(plan);
  const remaining = new Map([...preds].map(([id, list]) => [id, list.length]));
  const order: StepId[] = [];
  const ready = [...remaining].filter(([, n]) => n === 0).map(([id]) => id).sort();
  while (ready.length) {
    const id = ready.shift()!;
    order.push(id);
    for (const [from, to] of plan.edges) {
      if (from !== id) continue;
      const left = remaining.get(to)! - 1;
      remaining.set(to, left);
      if (left === 0) {
        ready.push(to);
        ready.sort();
      }
    }
  }
  return order;
}
