/** Deployment records: journal entries and their replay, the view people see, the one status model, names, advice. */
export * from "./types";
export { replay, completedOutputs, type DeploymentState, type StepRecord, type StepState } from "./replay";
export { deploymentView, type DeploymentView, type DeploymentStatus, type LogLine, type StepView } from "./view";
export { cleanupPhase, deployEntities, deployPhase, deploymentLifecycle, mergeEntities, mergeRows, type DeploymentLifecycle, type DeployStatus, type EntityPhase, type EntityStatus } from "./entity-status";
export { deploymentStatusView, type DeploymentStatusView } from "./status-view";
export { recordedResourcesOf } from "./resources";
export { adviceFor, explainError } from "./explain";
export { elbName, newDeploymentId } from "./names";
export type { PreflightCheck, PreflightReport } from "./preflight";
export { TAG_DEPLOYMENT, TAG_DESIGN, TAG_LOGICAL_ID, TAG_NAME } from "./tags";
export { ec2TagValue, elbTagValue, isElbTagText, ELB_TAG_PATTERN } from "./tag-values";
