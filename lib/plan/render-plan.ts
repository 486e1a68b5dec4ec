import { orderSteps, predecessors } from "./graph";
import type { Plan } from "./types";

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
