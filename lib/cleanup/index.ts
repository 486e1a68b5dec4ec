/** Cleanup's pure side: the lab note's order, the report, sweep groups and the checklist view (the destroy plan itself is compiled in lib/plan). */
export { buildDestroyPlan, checklistOrder, runnableSteps, withoutCompleted, teardownResources, type RecordedResource, type TeardownResource } from "../plan";
export * from "./lab-note-order";
export * from "./report";
export * from "./sweep-groups";
export * from "./view";
export * from "./lab-timer";
export * from "./forget-policy";
