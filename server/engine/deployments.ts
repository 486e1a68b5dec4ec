import "server-only";
import { newDeploymentId } from "../../lib/deploy/names";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { deploymentView, type DeploymentView } from "../../lib/deploy/view";
import type { Design } from "../../lib/design/schema";
import { compilePlan } from "../../lib/plan/compile-plan";
import type { Plan } from "../../lib/plan/types";
import type { DeploymentRow, Journal } from "../journal";
import { StepError } from "../aws/errors";
import { sharedJournal } from "./journal-instance";
import { DEFAULT_CONCURRENCY, isProcessAlive, runDeployment } from "./run-deployment";
import { runsOf } from "./run-registry";
import { designErrors } from "./validate";

type Active = { controller: AbortController; log: Array<{ at: number; stepId: string; text: string }>; done: Promise<unknown> };
/** Walks running in this process, by deployment id (ended walks are removed). */
const active = runsOf<Active>("deployment");

/**
 * Validates and compiles a design and records the deployment (design, target, plan) in the
 * journal, without starting it. Refuses a design with error findings or a plan error.
 */
export function createDeployment(journal: Journal, design: Design, target: DeploymentTarget, options: { now?: number; adjustPlan?: (plan: Plan) => Plan } = {}): DeploymentRow {
  const row = buildDeploymentRow(design, target, options);
  journal.createDeployment(row);
  return row;
}

/**
 * The row `createDeployment` records (validated design, compiled plan, new id), for a store
 * that writes asynchronously (team mode enqueues it as a job next).
 */
export function buildDeploymentRow(design: Design, target: DeploymentTarget, options: { now?: number; adjustPlan?: (plan: Plan) => Plan; ownerId?: string } = {}): DeploymentRow {
  const now = options.now ?? Date.now();
  const errors = designErrors(design);
  if (errors.length > 0) throw new StepError("DesignHasErrors", `The design has ${errors.length} error(s); fix them first: ${errors.slice(0, 3).join("; ")}`);
  const compiled = compilePlan(design);
  if (!compiled.ok) throw new StepError("PlanError", compiled.error.message);
  const plan = options.adjustPlan ? options.adjustPlan(compiled.plan) : compiled.plan;
  return { id: newDeploymentId(now, Math.random()), name: design.name, design, target, plan, createdAt: now, ...(options.ownerId ? { ownerId: options.ownerId } : {}) };
}

/**
 * Starts (or resumes) a deployment's walk in the background of this process and returns at
 * once; progress is read with `getDeploymentView`. A second call while it runs is a no-op.
 */
export function launchDeployment(deploymentId: string, journal: Journal = sharedJournal()): void {
  if (active.has(deploymentId)) return;
  const controller = new AbortController();
  const log: Active["log"] = [];
  const done = runDeployment(journal, deploymentId, { concurrency: DEFAULT_CONCURRENCY, signal: controller.signal, onLog: (stepId, text) => log.push({ at: Date.now(), stepId, text }) })
    .catch((error: unknown) => log.push({ at: Date.now(), stepId: "", text: `stopped: ${(error as Error).message}` }))
    .finally(() => active.delete(deploymentId));
  active.set(deploymentId, { controller, log, done });
}

/** `startDeployment(design, target)`: validate, compile, record, start in the background. */
export function startDeployment(design: Design, target: DeploymentTarget, journal: Journal = sharedJournal()): { deploymentId: string } {
  const row = createDeployment(journal, design, target);
  launchDeployment(row.id, journal);
  return { deploymentId: row.id };
}

/** Resumes an interrupted or failed deployment from its journal. */
export function resumeDeployment(deploymentId: string, journal: Journal = sharedJournal()): { deploymentId: string } {
  const row = journal.getDeployment(deploymentId);
  if (!row) throw new StepError("NotFound", `No deployment ${deploymentId}.`);
  if (!active.has(deploymentId) && isRunning(row)) throw new StepError("AlreadyRunning", `Deployment ${deploymentId} is already being run by process ${row.runner?.pid}.`);
  launchDeployment(deploymentId, journal);
  return { deploymentId };
}

/** Stops a running deployment between AWS calls; it can be resumed later. */
export function stopDeployment(deploymentId: string): boolean {
  const run = active.get(deploymentId);
  run?.controller.abort();
  return run !== undefined;
}

/** Whether some process (this one or another, e.g. a CLI deploy) is walking the deployment now. */
export function isRunning(row: DeploymentRow): boolean {
  if (active.has(row.id)) return true;
  if (!row.runner || row.runner.pid === process.pid) return false;
  return isProcessAlive(row.runner.pid);
}

/** The polled view of one deployment: steps, progress, log, per-entity phases. */
export function getDeploymentView(deploymentId: string, journal: Journal = sharedJournal()): DeploymentView | undefined {
  const row = journal.getDeployment(deploymentId);
  if (!row) return undefined;
  const view = deploymentView({ ...row, entries: journal.entries(deploymentId) }, isRunning(row), Date.now());
  const extra = (active.get(deploymentId)?.log ?? []).map((l) => ({ ...l, level: "info" as const, text: `  ${l.stepId}: ${l.text}` }));
  return { ...view, log: [...view.log, ...extra].sort((a, b) => a.at - b.at) };
}

/** Every recorded deployment, newest first, as views. */
export function listDeploymentViews(journal: Journal = sharedJournal()): DeploymentView[] {
  return journal.listDeployments().map((row) => deploymentView({ ...row, entries: journal.entries(row.id) }, isRunning(row), Date.now()));
}

/** Waits for this process's walk of a deployment to end (tests, graceful shutdown). */
export async function settled(deploymentId: string): Promise<void> {
  await active.get(deploymentId)?.done;
}
