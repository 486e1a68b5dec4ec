/** Deployment records: journal entries and their replay, the view people see, names, advice. */
export * from "./types";
export { replay, completedOutputs, type DeploymentState, type StepRecord, type StepState } from "./replay";
export { deploymentView, type DeploymentView, type DeploymentStatus, type EntityPhase, type LogLine, type StepView } from "./view";
export { recordedResourcesOf } from "./resources";
export { adviceFor, explainError } from "./explain";
export { elbName, newDeploymentId } from "./names";
export type { PreflightCheck, PreflightReport } from "./preflight";
export type { ActionResult, TargetKind } from "./actions";
export { TAG_DEPLOYMENT, TAG_DESIGN, TAG_LOGICAL_ID, TAG_NAME } from "./tags";
