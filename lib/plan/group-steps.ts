import type { Plan, Step } from "./types";
import { orderSteps } from "./graph";

/** The steps of one design entity, in execution order; the plan preview shows one group per resource. */
export type StepGroup = { logicalId: string; kind: string; steps: Array<Step & { order: number }> };

/** Groups steps by the design entity they belong to, groups ordered by their first step. */
export function groupPlanSteps(plan: Plan): StepGroup[] {
  const order = orderSteps(plan);
  const groups = new Map<string, StepGroup>();
  order.forEach((id, index) => {
    const step = plan.steps[id];
    const group = groups.get(step.logicalId) ?? { logicalId: step.logicalId, kind: step.kind, steps: [] };
    group.steps.push({ ...step, order: index + 1 });
    groups.set(step.logicalId, group);
  });
  return [...groups.values()];
}
