import "server-only";
import type { CleanupReport } from "../../lib/cleanup/report";
import { cleanupView, type CleanupView, type LiveCleanup } from "../../lib/cleanup/view";
import { deploymentLifecycle } from "../../lib/deploy/entity-status";
import { replay } from "../../lib/deploy/replay";
import { recordedResourcesOf } from "../../lib/deploy/resources";
import { deploymentStatusView, type DeploymentStatusView } from "../../lib/deploy/status-view";
import type { JournalEntry } from "../../lib/deploy/types";
import { deploymentView } from "../../lib/deploy/view";
import { buildDestroyPlan } from "../../lib/plan/destroy-plan";
import type { Plan } from "../../lib/plan/types";
import { StepError } from "../aws/errors";
import { ensureReport } from "../cleanup/service";
import { readableTimer } from "../cleanup/timer-why";
import { runsOf } from "../engine/run-registry";
import { activityOf, isActive, type Activity } from "../jobs/activity";
import { lastCleanupOutcome, type Team } from "../jobs/team";
import type { DeploymentRow, Journal } from "../journal";
import { readThrottled } from "../live/deployment-status";
import type { DeploymentOverview } from "./types";

/** Recorded deployments with their journal entries, read from the team store at one moment. */
export type Loaded = { rows: DeploymentRow[]; entries: Map<string, JournalEntry[]> };

/**
 * A read-only, synchronous `Journal` over deployments loaded from the team store, so the
 * readers written for the embedded journal (live status, console output, the sweep's
 * "journaled" set) read team mode's PostgreSQL rows without a second implementation.
 */
export function snapshotJournal({ rows, entries }: Loaded): Journal {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const readOnly = (): never => {
    throw new Error("a snapshot of the team store is read-only: team mode writes through its jobs");
  };
  return {
    append: readOnly,
    createDeployment: readOnly,
    setRunner: readOnly,
    setAccount: readOnly,
    forgetDeployment: readOnly,
    entries: (id) => entries.get(id) ?? [],
    getDeployment: (id) => byId.get(id),
    listDeployments: () => rows,
    recordedResources: (id) => {
      const row = byId.get(id);
      return row ? recordedResourcesOf(row.plan, replay(entries.get(id) ?? [])) : [];
    },
    close: () => {},
  };
}

/** One deployment and its entries; an unknown id is `NotFound`. */
export async function loadOne(team: Team, deploymentId: string): Promise<Loaded & { row: DeploymentRow }> {
  const [row, entries] = await Promise.all([team.store.journal.getDeployment(deploymentId), team.store.journal.entries(deploymentId)]);
  if (!row) throw new StepError("NotFound", `No deployment ${deploymentId}.`);
  return { row, rows: [row], entries: new Map([[deploymentId, entries]]) };
}

type LocalCleanup = LiveCleanup & { plan?: Plan };

/**
 * The cleanup checklist of a team deployment. Its steps' states come from the journal and
 * "is it running" from the queue and the lease, so every instance reads the same; what only
 * the running process knows (blockers waited out, the log) shows on the instance whose
 * in-process worker runs it, and the verified report from the finished job's output.
 */
function teamCleanupView(row: DeploymentRow, entries: JournalEntry[], isRunning: boolean, report: CleanupReport | undefined, now: number): CleanupView {
  const local = runsOf<LocalCleanup>("cleanup").get(row.id);
  const state = replay(entries);
  const plan = local?.plan ?? buildDestroyPlan(recordedResourcesOf(row.plan, state));
  const live: LiveCleanup = {
    isRunning,
    blocked: isRunning && local?.isRunning ? local.blocked : {},
    log: local?.log ?? [],
    ...(local?.startedAt !== undefined ? { startedAt: local.startedAt, finishedAt: isRunning ? undefined : local.finishedAt } : {}),
    report: isRunning ? undefined : (local?.report ?? report),
  };
  return cleanupView(row.id, plan, state, live, now);
}

function viewsOf(row: DeploymentRow, entries: JournalEntry[], activity: Activity, report: CleanupReport | undefined, now: number) {
  const deployment = deploymentView({ ...row, entries }, isActive(activity, row.id, "deploy"), now);
  const cleanup = teamCleanupView(row, entries, isActive(activity, row.id, "cleanup"), report, now);
  return { deployment, cleanup };
}

/** Every team deployment, newest first, with its lifecycle: three statements plus one per deployment's entries. */
export async function teamOverview(team: Team, only?: ReadonlySet<string>): Promise<DeploymentOverview[]> {
  const rows = (await team.store.journal.listDeployments()).filter((r) => !only || only.has(r.id));
  const [entries, activity] = await Promise.all([Promise.all(rows.map((r) => team.store.journal.entries(r.id))), activityOf(team.store.pool, rows.map((r) => r.id))]);
  const now = Date.now();
  return rows.map((row, i) => {
    const { deployment, cleanup } = viewsOf(row, entries[i]!, activity, undefined, now);
    const { id, name, status, createdAt, target, progress, resources } = deployment;
    const adopted = deployment.adopted ? { adoptedFrom: deployment.adopted.vpcId } : {};
    return { row, cleanup, summary: { id, name, status, createdAt, target, progress, resources, lifecycle: deploymentLifecycle(status, cleanup), ...adopted } };
  });
}

/**
 * The one poll of a team deployment, from the team store: the same parts and the same merge
 * (lib/deploy/status-view.ts) as the embedded poll, so any instance shows the same progress.
 */
export async function teamStatus(team: Team, deploymentId: string): Promise<DeploymentStatusView> {
  const loaded = await loadOne(team, deploymentId);
  const { row } = loaded;
  const entries = loaded.entries.get(row.id)!;
  const [activity, outcome, timer] = await Promise.all([activityOf(team.store.pool, [row.id]), lastCleanupOutcome(team, row.id), team.store.timers.get(row.id)]);
  const report = outcome?.report as CleanupReport | undefined;
  let { deployment, cleanup } = viewsOf(row, entries, activity, report, Date.now());
  const journal = snapshotJournal(loaded);
  const isGone = cleanup.progress.total > 0 && cleanup.progress.done === cleanup.progress.total;
  if (isGone && !cleanup.report) {
    // Cleaned up by a job whose report is gone (pg-boss archived it): verify once, here.
    await ensureReport(journal, row).catch(() => undefined);
    ({ deployment, cleanup } = viewsOf(row, entries, activity, report, Date.now()));
  }
  const parts = { deployment, cleanup, timer: readableTimer(timer) };
  if (isGone) return deploymentStatusView(parts);
  try {
    return deploymentStatusView({ ...parts, reading: await readThrottled(journal, row, cleanup.isRunning || deployment.status === "running") });
  } catch (error) {
    return deploymentStatusView({ ...parts, readError: (error as Error).message });
  }
}
