import "server-only";
/**
 * The provisioning engine. Public surface:
 *
 * - `walk(plan, { deploymentId, concurrency, journal, execute, signal?, continueOnError?, weight? })
 *    → Promise<WalkResult>` (./walk.ts): generic DAG walker. `execute(step, resolvedInputs,
 *   { signal, deploymentId }) → Promise<Record<string,string>>`. Writes `begin` before and
 *   `end` after every step; skips steps the journal already shows `ok` (resume). Deploys and
 *   cleanups both walk with it.
 * - `makeExecute(env)` (./execute.ts): the one `execute`, for create plans (find by tag →
 *   adopt, else create, then ready) and destroy plans (the kind's delete, DependencyViolation
 *   retried while its blockers are named), both through the providers in server/aws/providers.
 * - `startDeployment(design, target)`, `resumeDeployment(id)`, `stopDeployment(id)`,
 *   `getDeploymentView(id)`, `listDeploymentViews()` (./deployments.ts): the app's entry points;
 *   walks run in the background of the calling process.
 * - `createDeployment` + `runDeployment(journal, id, opts)`: the same in the foreground (CLI).
 * - `runPreflight(design, target)` (./preflight.ts): the checklist shown before confirming.
 * - `resolveTarget(kind, region, endpoint?)`: a sandbox target finds `VPCD_SANDBOX_ENDPOINT`.
 */
export { walk, type Execute, type ExecuteContext, type WalkOptions, type WalkResult, type WalkFailure } from "./walk";
export { PROVIDERS, providerFor, type Provider, type ProviderContext, type DeleteTarget } from "../aws/providers";
export { makeExecute, type ExecuteEnv } from "./execute";
export { StepError, errorCode, toErrorInfo } from "../aws/errors";
export { clientToken } from "../aws/client-token";
export { AWS_TIMING, sandboxTiming, timingFor, type Timing } from "../aws/timing";
export { createDeployment, getDeploymentView, launchDeployment, listDeploymentViews, resumeDeployment, startDeployment, stopDeployment, settled } from "./deployments";
export { DEFAULT_CONCURRENCY, runDeployment, type RunOptions, type RunResult } from "./run-deployment";
export { resolveTarget, awsTargetOf, timingOf } from "./target";
export { sharedJournal } from "./journal-instance";
export { runPreflight, type PreflightReport, type PreflightCheck } from "./preflight";
