import type { Plan, StepId } from "../plan/types";
import { adviceFor, explainError } from "./explain";
import { replay, type StepRecord } from "./replay";
import { OWN_RESOURCE_KINDS, PRIMARY_OUTPUT } from "../plan/kinds";
import type { AdoptedFrom, DeploymentTarget, JournalEntry, StepErrorInfo } from "./types";
import { orderSteps } from "../plan/graph";
import { deployEntities, type DeployStatus, type EntityStatus } from "./entity-status";

export type DeploymentStatus = DeployStatus;

export type StepView = {
  id: StepId;
  kind: string;
  logicalId: string;
  description: string;
  state: StepRecord["state"];
  elapsedMs?: number;
  error?: StepErrorInfo & { explanation: string };
};

/** A log line: `text` in English for the CLI; `kind`, `logicalId`, `awsId` and `code` let the UI say it in the reader's language. */
export type LogLine = { at: number; stepId: StepId; level: "info" | "ok" | "error" | "skip"; text: string; kind?: string; logicalId?: string; awsId?: string; code?: string };

export type DeploymentView = {
  id: string;
  name: string;
  target: DeploymentTarget;
  createdAt: number;
  status: DeploymentStatus;
  progress: { done: number; total: number; fraction: number };
  elapsedMs: number;
  steps: StepView[];
  log: LogLine[];
  /** Each entity's status from the create steps alone (lib/deploy/entity-status.ts merges it with AWS and cleanup). */
  entities: Record<string, EntityStatus>;
  failure?: { stepId: StepId; kind: string; logicalId: string; description: string; code: string; message: string; explanation: string; adviceId: string };
  resources: Array<{ logicalId: string; kind: string; awsId: string }>;
  /** Adopted from AWS, not deployed: the app created none of it and never deletes it. */
  adopted?: AdoptedFrom;
};

export type ViewInput = { id: string; name: string; target: DeploymentTarget; createdAt: number; plan: Plan; entries: readonly JournalEntry[]; adopted?: AdoptedFrom };

/**
 * The deployment as people see it, computed from the journal alone (plus whether a process is
 * running it now, and the time). A begun step nobody runs any more makes it `interrupted`.
 */
export function deploymentView(input: ViewInput, isRunning: boolean, now: number): DeploymentView {
  const state = replay(input.entries);
  const order = orderSteps(input.plan);
  const steps = order.map((id) => stepView(input.plan, id, state.steps[id], isRunning, now));
  const done = steps.filter((s) => s.state === "ok").length;
  const failed = steps.find((s) => s.state === "failed");
  const stoppedByUser = failed?.error?.code === "Aborted";
  const status: DeploymentStatus = done === steps.length ? "complete" : isRunning ? "running" : failed && !stoppedByUser ? "failed" : state.open.length > 0 ? "interrupted" : "stopped";
  const end = isRunning ? now : (state.lastAt ?? input.createdAt);
  return {
    id: input.id,
    name: input.name,
    target: withoutCredentials(input.target),
    createdAt: input.createdAt,
    status,
    progress: { done, total: steps.length, fraction: steps.length ? done / steps.length : 1 },
    elapsedMs: Math.max(0, end - (state.firstAt ?? input.createdAt)),
    steps,
    log: logLines(input.plan, input.entries),
    entities: deployEntities(steps, (id) => state.steps[id]?.outputs ?? {}, PRIMARY_OUTPUT, input.target.kind === "sandbox"),
    failure: failed?.error && { stepId: failed.id, kind: failed.kind, logicalId: failed.logicalId, description: failed.description, code: failed.error.code, message: failed.error.message, explanation: failed.error.explanation, adviceId: adviceFor(failed.error.code).id },
    resources: createdResources(input.plan, state.steps),
    ...(input.adopted ? { adopted: input.adopted } : {}),
  };
}

/**
 * The target as a view may carry it to a browser: the server-side credential names (a student's
 * profile or role) stay on the server.
 *
 * @example withoutCredentials({ kind: "aws", region: "ap-northeast-2", credentials: { profile: "ana" } }) // { kind: "aws", region: "ap-northeast-2" }
 */
export function withoutCredentials(target: DeploymentTarget): DeploymentTarget {
  const { credentials: _credentials, ...shown } = target;
  return shown;
}

function stepView(plan: Plan, id: StepId, record: StepRecord | undefined, isRunning: boolean, now: number): StepView {
  const step = plan.steps[id];
  const state = record?.state ?? "pending";
  const end = record?.endedAt ?? (state === "running" && isRunning ? now : undefined);
  const error = record?.error && state === "failed" ? { ...record.error, explanation: explainError(record.error.code) } : undefined;
  return { id, kind: step.kind, logicalId: step.logicalId, description: step.description, state, elapsedMs: record?.startedAt !== undefined && end !== undefined ? end - record.startedAt : undefined, error };
}

function logLines(plan: Plan, entries: readonly JournalEntry[]): LogLine[] {
  return entries.map((e): LogLine => {
    const step = plan.steps[e.stepId];
    const what = step?.description ?? e.stepId;
    const base = { at: e.at, stepId: e.stepId, kind: step?.kind, logicalId: step?.logicalId };
    if (e.type === "begin") return { ...base, level: "info", text: `▶ ${what}` };
    if (e.outcome === "failed") return { ...base, level: "error", code: e.error?.code, text: `✗ ${what}: ${e.error?.code} — ${e.error?.message}` };
    if (e.outcome === "skipped") return { ...base, level: "skip", text: `– ${what} (skipped: ${e.reason ?? "not run"})` };
    const primary = PRIMARY_OUTPUT[step?.kind ?? ""];
    const id = primary ? e.outputs?.[primary] : undefined;
    return { ...base, level: "ok", awsId: id, text: `✓ ${what}${id ? ` → ${id}` : ""}` };
  });
}

function createdResources(plan: Plan, records: Record<StepId, StepRecord>): DeploymentView["resources"] {
  return Object.values(plan.steps)
    .filter((s) => s.action === "create" && OWN_RESOURCE_KINDS.has(s.kind) && records[s.id]?.state === "ok")
    .map((s) => ({ logicalId: s.logicalId, kind: s.kind, awsId: records[s.id].outputs?.[PRIMARY_OUTPUT[s.kind] ?? ""] ?? "" }));
}
