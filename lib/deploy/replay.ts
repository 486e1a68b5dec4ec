import type { StepId } from "../plan/types";
import type { JournalEntry, StepErrorInfo, StepOutputs } from "./types";

/** A step's state as the journal tells it. `unknown`: begun, never ended (the process died). */
export type StepState = "pending" | "running" | "ok" | "failed" | "skipped";

export type StepRecord = {
  state: StepState;
  outputs?: StepOutputs;
  error?: StepErrorInfo;
  reason?: string;
  /** Time of the latest `begin`, if any. */
  startedAt?: number;
  endedAt?: number;
  /** How many times the step was begun (more than one after a retry or resume). */
  attempts: number;
};

export type DeploymentState = {
  steps: Record<StepId, StepRecord>;
  /** Steps with a `begin` and no `end`: running now, or interrupted if nobody runs them. */
  open: StepId[];
  firstAt?: number;
  lastAt?: number;
};

/**
 * Folds journal entries (in `seq` order) into the state of every step they mention. Pure: the
 * same entries always give the same state. A later `begin` reopens a step (a resume retrying
 * it), so the last word wins.
 *
 * @example replay([{seq:1, stepId:"a", type:"begin", …}]).open // ["a"]
 */
export function replay(entries: readonly JournalEntry[]): DeploymentState {
  const steps: Record<StepId, StepRecord> = {};
  let firstAt: number | undefined;
  let lastAt: number | undefined;
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    firstAt ??= entry.at;
    lastAt = entry.at;
    const previous = steps[entry.stepId] ?? { state: "pending", attempts: 0 };
    steps[entry.stepId] = entry.type === "begin" ? beginStep(previous, entry) : endStep(previous, entry);
  }
  const open = Object.keys(steps)
    .filter((id) => steps[id].state === "running")
    .sort();
  return { steps, open, firstAt, lastAt };
}

function beginStep(previous: StepRecord, entry: JournalEntry): StepRecord {
  return { state: "running", startedAt: entry.at, attempts: previous.attempts + 1, outputs: previous.outputs };
}

function endStep(previous: StepRecord, entry: JournalEntry): StepRecord {
  const outcome = entry.outcome ?? "ok";
  return {
    ...previous,
    state: outcome,
    outputs: entry.outputs ?? previous.outputs,
    error: outcome === "failed" ? entry.error : undefined,
    reason: entry.reason,
    endedAt: entry.at,
  };
}

/** Outputs of every step that ended `ok`, by step id: what a resumed walk starts from. */
export function completedOutputs(state: DeploymentState): Record<StepId, StepOutputs> {
  const done: Record<StepId, StepOutputs> = {};
  for (const [id, record] of Object.entries(state.steps)) {
    if (record.state === "ok") done[id] = record.outputs ?? {};
  }
  return done;
}
