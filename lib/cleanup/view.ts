import type { DeploymentState } from "../deploy/replay";
import type { Plan } from "../plan/types";
import { checklistOrder, runnableSteps } from "../plan/destroy-plan";
import type { CleanupReport } from "./report";
import { liveText, type LiveText } from "../live/text";


export type ChecklistState = "pending" | "running" | "done" | "blocked" | "failed" | "skipped";

/**
 * One step of the checklist. `facts` say what it waits for or why it failed, as `live`
 * messages (the blockers by name, "already gone"); `detail` is AWS's own words of a failure,
 * in English as AWS wrote them, kept for a tooltip.
 */
export type ChecklistItem = { id: string; kind: string; logicalId: string; description: string; state: ChecklistState; facts?: LiveText[]; detail?: string };

/** One cleanup log line: when, which step, and what happened (as `live` messages). */
export type CleanupLogLine = { at: number; stepId?: string; kind?: string; logicalId?: string; texts: LiveText[] };

/** What the cleanup panel and `vpcd destroy` show. */
export type CleanupView = {
  deploymentId: string;
  isRunning: boolean;
  startedAt?: number;
  finishedAt?: number;
  elapsedMs: number;
  steps: ChecklistItem[];
  progress: { done: number; total: number };
  /** Steps that may run now, for step-by-step mode. */
  runnable: string[];
  log: CleanupLogLine[];
  report?: CleanupReport;
  /** Per design entity, for the diagram: deleting / deleted / blocked / failed. */
  entities: Record<string, { phase: "deleting" | "deleted" | "blocked" | "failed"; facts?: LiveText[] }>;
};

/** What only the running process knows: blockers being waited out (per step, by name), the log, timing. */
export type LiveCleanup = { isRunning: boolean; blocked: Record<string, LiveText[]>; log: CleanupLogLine[]; startedAt?: number; finishedAt?: number; report?: CleanupReport };

const PHASE = { running: "deleting", done: "deleted", blocked: "blocked", failed: "failed" } as const;
const SEVERITY: Record<string, number> = { deleted: 0, deleting: 1, blocked: 2, failed: 3 };

const isAlreadyGone = (s: { facts?: LiveText[] }) => s.facts?.[0]?.key === "alreadyGone";

function stateOf(id: string, journal: DeploymentState, live: LiveCleanup): { state: ChecklistState; facts?: LiveText[]; detail?: string } {
  const record = journal.steps[id];
  if (record?.state === "ok") return { state: "done", facts: record.outputs?.result === "already-gone" ? [liveText("alreadyGone")] : undefined };
  if (record?.state === "running" && live.isRunning) return live.blocked[id] ? { state: "blocked", facts: live.blocked[id] } : { state: "running" };
  if (record?.state === "failed") return { state: "failed", facts: [liveText("stepFailed", { code: record.error?.code ?? "Error" })], detail: record.error?.message };
  if (record?.state === "skipped") return { state: "skipped", facts: record.reason === "upstream-failed" ? [liveText("skippedUpstream")] : undefined, detail: record.reason };
  return { state: "pending" };
}

/**
 * The cleanup checklist in AWS's safe order with each step's state from the journal (so it
 * survives a restart) and the running process's live detail (who blocks what right now).
 */
export function cleanupView(deploymentId: string, plan: Plan, journal: DeploymentState, live: LiveCleanup, now: number): CleanupView {
  const steps = checklistOrder(plan).map((s) => ({ id: s.id, kind: s.kind, logicalId: s.logicalId, description: s.description, ...stateOf(s.id, journal, live) }));
  const done = new Set(steps.filter((s) => s.state === "done").map((s) => s.id));
  const entities: CleanupView["entities"] = {};
  for (const s of steps) {
    if (s.state === "pending" || s.state === "skipped") continue;
    const phase = PHASE[s.state];
    const prev = entities[s.logicalId];
    if (!prev || SEVERITY[phase] > SEVERITY[prev.phase] || (prev.phase === "deleted" && phase !== "deleted")) entities[s.logicalId] = { phase, facts: s.facts };
  }
  // A resource is deleted only when all of its steps are; "already gone" only if all of them were.
  for (const s of steps) if (s.state === "pending" && entities[s.logicalId]?.phase === "deleted") delete entities[s.logicalId];
  for (const [id, e] of Object.entries(entities)) {
    if (e.phase === "deleted") e.facts = steps.every((s) => s.logicalId !== id || isAlreadyGone(s)) ? [liveText("alreadyGone")] : undefined;
  }
  const started = live.startedAt;
  return {
    deploymentId,
    isRunning: live.isRunning,
    startedAt: started,
    finishedAt: live.finishedAt,
    elapsedMs: started !== undefined ? (live.finishedAt ?? now) - started : 0,
    steps,
    progress: { done: done.size, total: steps.length },
    runnable: live.isRunning ? [] : runnableSteps(plan, done).map((s) => s.id),
    log: live.log,
    report: live.report,
    entities,
  };
}
