import "server-only";
import { completedOutputs, replay } from "../../lib/deploy/replay";
import type { StepErrorInfo, StepOutputs } from "../../lib/deploy/types";
import type { Plan, Step, StepId } from "../../lib/plan/types";
import type { EntryLog } from "../journal/types";
import { toErrorInfo } from "../aws/errors";
import { buildGraph, descendants, predsOf, succsOf, tailLengths, type Graph } from "../../lib/plan/graph";
import { resolveInputs, type ResolvedInputs } from "./resolve";

export type ExecuteContext = { signal: AbortSignal; deploymentId: string };
/** Does one step's AWS work and returns its outputs. Throws to fail the step. */
export type Execute = (step: Step, inputs: ResolvedInputs, ctx: ExecuteContext) => Promise<StepOutputs>;

export type WalkOptions = {
  deploymentId: string;
  /** At most this many steps run at once (a semaphore of slots). */
  concurrency: number;
  journal: EntryLog;
  execute: Execute;
  signal?: AbortSignal;
  /** Keep starting independent steps after a failure (cleanup uses this). */
  continueOnError?: boolean;
  /** Expected duration of a step, to start the longest remaining chain first. Default 1. */
  weight?: (step: Step) => number;
  now?: () => number;
};

export type WalkFailure = { stepId: StepId; error: StepErrorInfo };

export type WalkResult = {
  /** `interrupted`: the journal could not be written, so the walk stopped; it can be resumed. */
  status: "complete" | "failed" | "aborted" | "interrupted";
  /** Outputs of every step that ended ok, including those done by an earlier run. */
  outputs: Record<StepId, StepOutputs>;
  /** Root failures only: steps skipped because of them are in `skipped`, not here. */
  failures: WalkFailure[];
  skipped: StepId[];
};

type WalkState = {
  outputs: Map<StepId, StepOutputs>;
  finished: Set<StepId>;
  ready: StepId[];
  running: number;
  stopStarting: boolean;
  failures: WalkFailure[];
  skipped: Set<StepId>;
  /** Set when a journal write failed: nothing more may start, since nothing more could be recorded. */
  journalError?: WalkFailure;
};

/**
 * Walks the plan's DAG: a ready queue plus `concurrency` slots. A step becomes ready only after
 * every predecessor's `end` entry is written (so a crash never leaves a dependent running on an
 * unrecorded result). Steps already `ok` in the journal are not run again, which makes resume
 * just another walk: a step with a `begin` and no `end` runs again, and its `execute` adopts
 * what the lost attempt created (find by tag).
 *
 * On failure: no new steps start (unless `continueOnError`), running steps finish, the failed
 * step's descendants end `skipped` (reason `upstream-failed`), and only the root error is
 * reported. The AbortSignal stops new starts; `execute` sees it and stops between AWS calls.
 */
export async function walk(plan: Plan, options: WalkOptions): Promise<WalkResult> {
  const now = options.now ?? Date.now;
  const graph = buildGraph(plan);
  const tails = tailLengths(graph, (id) => options.weight?.(plan.steps[id]) ?? 1);
  const prior = completedOutputs(replay(await options.journal.entries(options.deploymentId)));
  const state: WalkState = {
    outputs: new Map(Object.entries(prior).filter(([id]) => plan.steps[id])),
    finished: new Set(Object.keys(prior).filter((id) => plan.steps[id])),
    ready: [], running: 0, stopStarting: false, failures: [], skipped: new Set(),
  };
  const signal = options.signal ?? new AbortController().signal;
  const isReady = (id: StepId) => !state.finished.has(id) && !state.skipped.has(id) && predsOf(graph, id).every((p) => state.finished.has(p) && !state.skipped.has(p));
  state.ready = Object.keys(plan.steps).filter(isReady);

  return new Promise((resolve) => {
    const finishIfIdle = () => {
      if (state.running > 0) return;
      if (state.ready.length > 0 && !state.stopStarting && !signal.aborted) return;
      resolve(summarise(plan, state, signal));
    };
    const pump = () => {
      state.ready.sort((a, b) => tails.get(b)! - tails.get(a)! || a.localeCompare(b));
      while (state.running < options.concurrency && state.ready.length > 0 && !state.stopStarting && !signal.aborted) {
        const id = state.ready.shift()!;
        state.running++;
        void runStep(plan.steps[id], { plan, graph, options, state, signal, now, isReady })
          .catch((error: unknown) => journalFailed(state, id, error))
          .then(() => {
            state.running--;
            pump();
          });
      }
      finishIfIdle();
    };
    pump();
  });
}

type StepRun = { plan: Plan; graph: Graph; options: WalkOptions; state: WalkState; signal: AbortSignal; now: () => number; isReady: (id: StepId) => boolean };

async function runStep(step: Step, run: StepRun): Promise<void> {
  const { options, state } = run;
  const base = { deploymentId: options.deploymentId, stepId: step.id };
  await options.journal.append({ ...base, type: "begin", at: run.now() });
  try {
    const inputs = resolveInputs(step.inputs, state.outputs);
    const outputs = await options.execute(step, inputs, { signal: run.signal, deploymentId: options.deploymentId });
    await options.journal.append({ ...base, type: "end", outcome: "ok", outputs, at: run.now() });
    state.outputs.set(step.id, outputs);
    state.finished.add(step.id);
    for (const next of succsOf(run.graph, step.id)) if (run.isReady(next) && !state.ready.includes(next)) state.ready.push(next);
  } catch (thrown) {
    const error = toErrorInfo(thrown);
    await options.journal.append({ ...base, type: "end", outcome: "failed", error, at: run.now() });
    state.failures.push({ stepId: step.id, error });
    if (!options.continueOnError) state.stopStarting = true;
    await skipDescendants(step.id, run);
  }
}

/** Marks every descendant skipped at once (so nothing starts one meanwhile), then journals each. */
async function skipDescendants(failed: StepId, run: StepRun): Promise<void> {
  const skipped = descendants(run.graph, failed).filter((id) => !run.state.skipped.has(id) && !run.state.finished.has(id));
  for (const id of skipped) run.state.skipped.add(id);
  run.state.ready = run.state.ready.filter((r) => !run.state.skipped.has(r));
  for (const id of skipped) {
    await run.options.journal.append({ deploymentId: run.options.deploymentId, stepId: id, type: "end", outcome: "skipped", reason: "upstream-failed", at: run.now() });
  }
}

/**
 * A journal write threw (disk full, read-only, SQLITE_BUSY past its timeout): the walk stops
 * starting steps, lets the running ones end, and resolves `interrupted`. What AWS did in the
 * meantime is found again by tag on resume, as after a crash.
 */
function journalFailed(state: WalkState, stepId: StepId, error: unknown): void {
  state.stopStarting = true;
  const message = `The deployment journal could not be written (${(error as Error)?.message ?? error}); stopped here, resume once it can be written again.`;
  state.journalError ??= { stepId, error: { code: "JournalWriteFailed", message, retryable: true } };
}

function summarise(plan: Plan, state: WalkState, signal: AbortSignal): WalkResult {
  const complete = Object.keys(plan.steps).every((id) => state.finished.has(id));
  const status = state.journalError ? "interrupted" : complete ? "complete" : signal.aborted ? "aborted" : "failed";
  const failures = state.journalError ? [...state.failures, state.journalError] : state.failures;
  return { status, outputs: Object.fromEntries(state.outputs), failures, skipped: [...state.skipped].sort() };
}
