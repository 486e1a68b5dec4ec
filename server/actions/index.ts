import "server-only";
/**
 * The server side of the app's server actions and JSON route handlers (app/actions/<domain>.ts
 * and app/api parse input, then call one function here). `asAction` turns a thrown error into
 * a typed `ActionResult` code; one object per domain — `deploymentActions`, `cleanupActions`,
 * `sweepActions`, `liveStatusActions`, `importActions` — runs its work through the app's work
 * runner (server/work: the embedded journal, or team mode's queue and store).
 */
export { asAction, deploymentRow, loadSentDesign } from "./run-action";
export { deploymentActions, type ListedDeployment } from "./deployment";
export { cleanupActions } from "./cleanup";
export { sweepActions } from "./sweep";
export { liveStatusActions } from "./live-status";
