/**
 * The plan: compile a design into a DAG of create steps, or recorded resources into a destroy
 * plan, with one graph module (order, descendants, critical path) and one vocabulary of kinds;
 * render it, estimate its cost.
 */
export { compilePlan } from "./compile-plan";
export { buildDestroyPlan, checklistOrder, runnableSteps, withoutCompleted } from "./destroy-plan";
export { renderPlan } from "./render-plan";
export { buildGraph, criticalPath, descendants, orderSteps, predecessors, readySteps, tailLengths, topologicalOrder, type Graph } from "./graph";
export { DESTROY_STEP_KINDS, CREATE_STEP_KINDS, OWN_RESOURCE_KINDS, PRIMARY_OUTPUT, STEP_KINDS, ownResourceKind, type CreateStepKind, type DestroyStepKind, type OwnResourceKind } from "./kinds";
export { teardownResources, type RecordedResource, type TeardownResource } from "./recorded";
export { groupPlanSteps, type StepGroup } from "./group-steps";
export { estimateCost, type CostEstimate, type CostLine } from "./cost";
export type { PlanError, PlanResult } from "./plan-draft";
export * from "./types";
