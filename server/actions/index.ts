import "server-only";
/**
 * The server side of the app's server actions (app/actions/<domain>.ts parse input, then call
 * one function here). `asAction` turns a thrown error into a typed `ActionResult` code;
 * one object per domain binds the app's shared journal: deployments call server/engine
 * directly, `cleanupActions`, `sweepActions` and `liveStatusActions` live beside this file.
 */
export { asAction, deploymentRow, loadSentDesign } from "./run-action";
export { cleanupActions } from "./cleanup";
export { sweepActions } from "./sweep";
export { liveStatusActions } from "./live-status";
