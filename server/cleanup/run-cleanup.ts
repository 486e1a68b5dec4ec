import "server-only";
import { replay } from "../../lib/deploy/replay";
import type { Plan } from "../../lib/plan/types";
import { buildDestroyPlan } from "../../lib/plan/destroy-plan";
import type { CleanupReport } from "../../lib/cleanup/report";
import type { RecordedResource } from "../../lib/plan/recorded";
import type { AwsPort } from "../aws/port";
import type { EntryLog } from "../journal/types";
import { StepError } from "../aws/errors";
import { walk, type WalkFailure, type WalkResult } from "../engine/walk";
import { discoverTagged } from "../aws/inventory/discover-tagged";
import type { StepListener } from "../engine/step-events";
import { makeExecute } from "../engine/execute";
import type { Timing } from "../aws/timing";
import { verifyCleanup } from "./verify";

export type CleanupOptions = {
  deploymentId: string;
  /** Cleanup steps are journaled here too, so a stopped or killed cleanup resumes. */
  journal: EntryLog;
  /** What the deploy journal recorded; resources found by the deployment's tag are added. */
  recorded: readonly RecordedResource[];
  port: AwsPort;
  timing: Timing;
  signal?: AbortSignal;
  onEvent?: StepListener;
  /** Step by step: run only this step (it must be runnable). */
  onlyStepId?: string;
  concurrency?: number;
  /** Where the deployment is, for the report's wording (default: the sandbox). */
  where?: "sandbox" | "aws";
  /** Sweep: act only on these resources, found by tag (no journal lookup of a lost deployment). */
  isTagOnly?: boolean;
};

export type CleanupResult = {
  status: WalkResult["status"];
  plan: Plan;
  failures: WalkFailure[];
  elapsedMs: number;
  /** Of which the deletes and waits themselves (without the tag lookup before and the verification after). */
  walkMs: number;
  /** Verified by describe calls after the run. */
  report: CleanupReport;
};

/** Expected relative durations of deletes (docs/aws-facts.md §8.1): the walker starts the longest chain first. */
const WEIGHT: Record<string, number> = { "load-balancer": 60, "load-balancer-enis": 60, "nat-gateway": 60, instance: 45 };

/** Journal records plus what AWS has under the deployment's tag (a create that began and never ended). */
export async function cleanupResources(port: AwsPort, deploymentId: string, recorded: readonly RecordedResource[]): Promise<RecordedResource[]> {
  const tagged = await discoverTagged(port, deploymentId);
  const known = new Set(recorded.filter((r) => r.awsId).map((r) => r.awsId));
  return [...recorded, ...tagged.filter((t) => !known.has(t.awsId))];
}

/**
 * Guided cleanup: the destroy plan from the recorded (and tagged) resources, walked with
 * bounded parallelism; steps already done by an earlier run are skipped, so stop, kill and
 * re-run pick up where it stopped. Ends with a report verified by describe calls.
 */
export async function runCleanup(options: CleanupOptions): Promise<CleanupResult> {
  const started = Date.now();
  const resources = options.isTagOnly ? [...options.recorded] : await cleanupResources(options.port, options.deploymentId, options.recorded);
  const full = buildDestroyPlan(resources);
  const plan = options.onlyStepId ? singleStep(full, options.onlyStepId, await finishedSteps(options.journal, options.deploymentId)) : full;
  const walkStarted = Date.now();
  const logicalIds = new Map(resources.filter((r) => r.awsId).map((r) => [r.awsId!, r.logicalId]));
  const result = await walk(plan, {
    deploymentId: options.deploymentId,
    concurrency: options.concurrency ?? 8,
    journal: options.journal,
    signal: options.signal,
    continueOnError: true,
    weight: (step) => WEIGHT[step.kind] ?? 1,
    execute: makeExecute({ port: options.port, direction: "destroy", designName: options.deploymentId, timing: options.timing, logicalIds, onEvent: options.onEvent }),
  });
  const walkMs = Date.now() - walkStarted;
  const ids = (kind: string) => resources.filter((r) => r.kind === kind && r.awsId).map((r) => r.awsId!);
  const report = await verifyCleanup(options.port, { deploymentId: options.deploymentId, vpcIds: ids("vpc"), instanceIds: ids("instance"), natIds: ids("nat-gateway") }, options.where);
  return { status: result.status, plan: full, failures: result.failures, elapsedMs: Date.now() - started, walkMs, report };
}

/** Step by step: the one step asked for, which must be runnable now (its predecessors done). */
function singleStep(full: Plan, stepId: string, done: ReadonlySet<string>): Plan {
  const step = full.steps[stepId];
  if (!step) throw new StepError("UnknownStep", `There is no cleanup step ${stepId}.`);
  const waiting = full.edges.filter(([from, to]) => to === stepId && !done.has(from)).map(([from]) => from);
  if (waiting.length > 0) throw new StepError("StepNotReady", `${stepId} waits for ${waiting.join(", ")}.`);
  return { steps: { [stepId]: step }, edges: [] };
}

/** Ids of cleanup steps the journal says finished ok (what a resumed cleanup skips). */
export async function finishedSteps(journal: EntryLog, deploymentId: string): Promise<Set<string>> {
  const state = replay(await journal.entries(deploymentId));
  return new Set(Object.entries(state.steps).filter(([, s]) => s.state === "ok").map(([id]) => id));
}
