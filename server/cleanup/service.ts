import "server-only";
import { replay } from "../../lib/deploy/replay";
import type { Plan } from "../../lib/plan/types";
import { buildDestroyPlan } from "../../lib/plan/destroy-plan";
import type { RecordedResource } from "../../lib/plan/recorded";
import { cleanupView, type CleanupView, type LiveCleanup } from "../../lib/cleanup/view";
import type { AwsPort } from "../aws/port";
import { sdkPort } from "../aws/sdk-port";
import { isRunning as isDeploying } from "../engine/deployments";
import { runsOf } from "../engine/run-registry";
import { StepError } from "../aws/errors";
import { checkAccount } from "../engine/account";
import { awsTargetOf } from "../engine/target";
import type { DeploymentRow, Journal, JournalPort } from "../journal";
import type { StepEvent } from "../engine/step-events";
import { blockerTexts, cleanupLogLine, stoppedLogLine } from "./log-lines";
import { runCleanup, type CleanupResult } from "./run-cleanup";
import { timingFor } from "../aws/timing";
import { verifyCleanup } from "./verify";
import { refuseAdopted } from "./adopted";

type Run = LiveCleanup & { plan?: Plan; controller?: AbortController; done?: Promise<CleanupResult | undefined> };
/** Cleanups this process runs or ran (kept after they end, for their log and report). */
const runs = runsOf<Run>("cleanup");
const LOG_LINES = 200;

/** Everything a cleanup of a recorded deployment needs, from its journal row. */
export async function cleanupInputs(journal: JournalPort, row: DeploymentRow): Promise<{ recorded: RecordedResource[]; port: AwsPort }> {
  return { recorded: await journal.recordedResources(row.id), port: sdkPort(awsTargetOf(row.target)) };
}

function record(run: Run, event: StepEvent): void {
  if (event.type === "blocked") run.blocked[event.stepId] = blockerTexts(event);
  if (event.type === "step-done" || event.type === "step-failed") delete run.blocked[event.stepId];
  run.log = [...run.log, cleanupLogLine(event)].slice(-LOG_LINES);
}

/**
 * Runs the cleanup of a recorded deployment to its end in this process (the CLI, and the
 * background runs below), keeping the live state `getCleanupView` reports.
 */
export async function cleanupDeployment(journal: JournalPort, row: DeploymentRow, options: { onlyStepId?: string; signal?: AbortSignal; onEvent?: (e: StepEvent) => void; isLeaseHeld?: boolean } = {}): Promise<CleanupResult> {
  refuseAdopted(row);
  // Deleting while the deploy still creates would race it: stop (or let it finish) first.
  // (Team mode: the deployment's lease, held by the caller, already rules a deploy out.)
  if (!options.isLeaseHeld && isDeploying(row)) throw new StepError("DeploymentRunning", `Deployment ${row.id} is still being deployed; stop it first, then clean up.`);
  const run: Run = runs.get(row.id) ?? { isRunning: false, blocked: {}, log: [] };
  Object.assign(run, { isRunning: true, startedAt: run.startedAt && run.finishedAt === undefined ? run.startedAt : Date.now(), finishedAt: undefined, report: undefined, blocked: {} });
  runs.set(row.id, run);
  try {
    const { recorded, port } = await cleanupInputs(journal, row);
    await checkAccount(port, row.target);
    const result = await runCleanup({
      deploymentId: row.id, where: row.target.kind, journal, recorded, port, timing: timingFor(row.target), signal: options.signal, onlyStepId: options.onlyStepId,
      onEvent: (event) => (record(run, event), options.onEvent?.(event)),
    });
    Object.assign(run, { plan: result.plan, report: result.report });
    return result;
  } finally {
    Object.assign(run, { isRunning: false, finishedAt: Date.now(), controller: undefined });
  }
}

/** Starts a cleanup (or one step of it) in the background; a second call while one runs is a no-op. */
export function startCleanup(journal: Journal, row: DeploymentRow, onlyStepId?: string, onDone?: (result: CleanupResult | undefined) => void): { isStarted: boolean } {
  refuseAdopted(row);
  if (runs.get(row.id)?.isRunning) return { isStarted: false };
  if (isDeploying(row)) throw new StepError("DeploymentRunning", `Deployment ${row.id} is still being deployed; stop it first, then clean up.`);
  const controller = new AbortController();
  const done = cleanupDeployment(journal, row, { onlyStepId, signal: controller.signal }).catch((error: unknown) => {
    const run = runs.get(row.id);
    if (run) run.log = [...run.log, stoppedLogLine(error, Date.now())];
    return undefined;
  });
  if (onDone) void done.then(onDone);
  const run = runs.get(row.id)!;
  Object.assign(run, { controller, done });
  return { isStarted: true };
}

/** Whether this process is cleaning the deployment up right now. */
export function isCleaning(deploymentId: string): boolean {
  return runs.get(deploymentId)?.isRunning ?? false;
}

/** Stops a running cleanup between AWS calls; running it again picks up where it stopped. */
export function stopCleanup(deploymentId: string): boolean {
  const run = runs.get(deploymentId);
  run?.controller?.abort();
  return Boolean(run?.controller);
}

/** The checklist with progress, elapsed time, the log, blockers and (when done) the report. */
export function getCleanupView(journal: Journal, row: DeploymentRow, now = Date.now()): CleanupView {
  const run = runs.get(row.id) ?? { isRunning: false, blocked: {}, log: [] };
  const plan = run.plan ?? buildDestroyPlan(journal.recordedResources(row.id));
  return cleanupView(row.id, plan, replay(journal.entries(row.id)), run, now);
}

/**
 * The verified report of a finished cleanup; after a restart (when this process did not run
 * it) it is checked again with describe calls, once, and kept.
 */
export async function ensureReport(journal: Journal, row: DeploymentRow): Promise<void> {
  const run = runs.get(row.id) ?? { isRunning: false, blocked: {}, log: [] };
  if (run.report || run.isRunning) return;
  const { recorded, port } = await cleanupInputs(journal, row);
  await checkAccount(port, row.target);
  const ids = (kind: string) => recorded.filter((r) => r.kind === kind && r.awsId).map((r) => r.awsId!);
  run.report = await verifyCleanup(port, { deploymentId: row.id, vpcIds: ids("vpc"), instanceIds: ids("instance"), natIds: ids("nat-gateway") }, row.target.kind);
  runs.set(row.id, run);
}
