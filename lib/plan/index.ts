/** The plan: compile a design into a DAG of steps, render it, estimate its cost. */
export { compilePlan } from "./compile-plan";
export { renderPlan, orderSteps, predecessors } from "./render-plan";
export { groupPlanSteps, type StepGroup } from "./group-steps";
export { estimateCost, type CostEstimate, type CostLine } from "./cost";
export type { PlanError, PlanResult } from "./graph";
export * from "./types";
