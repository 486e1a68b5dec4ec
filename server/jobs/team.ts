import "server-only";
import type PgBoss from "pg-boss";
import type pg from "pg";
import { studentSandboxAccount } from "../../lib/deploy/sandbox-account";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { deploymentView, type DeploymentView } from "../../lib/deploy/view";
import type { Design } from "../../lib/design/schema";
import { buildDeploymentRow } from "../engine/deployments";
import type { DeploymentRow } from "../journal/types";
import { openPostgresStore } from "../store/postgres/pg-store";
import type { Store } from "../store/types";
import { leaseHolder } from "./lease";
import { clearStop } from "./stop-request";
import { QUEUES, startBoss, type CleanupJob, type DeployJob } from "./queue";

/** An app instance's or a CLI's handle on team mode: the store, and the queue to enqueue on. */
export type Team = { store: Store & { pool: pg.Pool }; boss: PgBoss; close(): Promise<void> };

export async function openTeam(url: string, options: { applicationName?: string; max?: number } = {}): Promise<Team> {
  const store = await openPostgresStore(url, { max: options.max ?? 4, applicationName: options.applicationName ?? "vpcd" });
  const boss = await startBoss({ url, isWorker: false, applicationName: options.applicationName ?? "vpcd", max: 2 });
  return { store, boss, close: async () => (await boss.stop({ graceful: false, wait: true }), await store.close()) };
}

/**
 * Validates, compiles and records the deployment, then enqueues its deploy job; any worker
 * runs it. A student's sandbox deployment goes to that student's own sandbox account
 * (`studentSandboxAccount`), so classmates never see or touch each other's resources.
 */
export async function enqueueDeployment(team: Team, design: Design, target: DeploymentTarget, options: { ownerId?: string; concurrency?: number } = {}): Promise<DeploymentRow> {
  const isolated = target.kind === "sandbox" && options.ownerId && !target.accountId ? { ...target, accountId: studentSandboxAccount(options.ownerId) } : target;
  const row = buildDeploymentRow(design, isolated, { ownerId: options.ownerId });
  await team.store.journal.createDeployment(row);
  await team.boss.send(QUEUES.deploy, { deploymentId: row.id, ...(options.concurrency ? { concurrency: options.concurrency } : {}) } satisfies DeployJob);
  return row;
}

/** Enqueues a resume of a recorded deployment (the walk skips what the journal shows done). */
export async function enqueueResume(team: Team, deploymentId: string): Promise<void> {
  // Resuming withdraws an earlier "Stop" that no run has honoured yet.
  await clearStop(team.store.pool, deploymentId, "deploy");
  await team.boss.send(QUEUES.deploy, { deploymentId } satisfies DeployJob);
}

/** Enqueues the guided cleanup (all of it, or one step); cleaning up again withdraws an earlier "Stop". */
export async function enqueueCleanup(team: Team, deploymentId: string, onlyStepId?: string): Promise<void> {
  await clearStop(team.store.pool, deploymentId, "cleanup");
  await team.boss.send(QUEUES.cleanup, { deploymentId, ...(onlyStepId ? { onlyStepId } : {}) } satisfies CleanupJob);
}

/**
 * A job a worker fetched counts as running for this long even before its lease shows: the
 * lease is taken right after the fetch, but on a busy machine "right after" can be seconds.
 * Past this, a fetched job without a lease belongs to a worker that died before taking it.
 */
const FETCHED_GRACE_SECONDS = 60;

/**
 * Whether a worker runs the deployment now (holds its lease), one is about to take it over
 * (the lease expired and waits to be re-enqueued), or one will (a job waits in the queue, or
 * was just fetched). A long-running job whose worker died is not counted: its lease tells.
 */
export async function isQueuedOrRunning(team: Team, deploymentId: string): Promise<boolean> {
  if (await leaseHolder(team.store.pool, deploymentId, { includeExpired: true })) return true;
  const { rows } = await team.store.pool.query(
    `SELECT 1 FROM pgboss.job WHERE name = ANY($1) AND data->>'deploymentId' = $2
       AND (state IN ('created', 'retry') OR (state = 'active' AND started_on > now() - make_interval(secs => $3)))
     LIMIT 1`,
    [[QUEUES.deploy, QUEUES.cleanup, QUEUES.sweep], deploymentId, FETCHED_GRACE_SECONDS],
  );
  return rows.length > 0;
}

/** The polled view of a deployment, read from the team database (any instance sees the same). */
export async function teamDeploymentView(team: Team, deploymentId: string): Promise<DeploymentView | undefined> {
  const row = await team.store.journal.getDeployment(deploymentId);
  if (!row) return undefined;
  const [entries, running] = await Promise.all([team.store.journal.entries(deploymentId), isQueuedOrRunning(team, deploymentId)]);
  return deploymentView({ ...row, entries }, running, Date.now());
}

/**
 * Polls the journal until the deployment is neither queued nor running (seen twice, since a
 * job is picked up a moment before its lease is taken), writing each new log line.
 */
export async function followDeployment(team: Team, deploymentId: string, write: (line: string, view: DeploymentView) => void, everyMs = 500): Promise<DeploymentView> {
  let printed = 0;
  let idle = 0;
  for (;;) {
    const view = await teamDeploymentView(team, deploymentId);
    if (!view) throw new Error(`no deployment ${deploymentId}`);
    view.log.slice(printed).forEach((line) => write(line.text, view));
    printed = view.log.length;
    idle = view.status === "running" ? 0 : idle + 1;
    if (idle >= 2) return view;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * What the newest finished cleanup job of a deployment returned (status, failures and the
 * verified report, as `runCleanupJob` gives them), once no job for it is queued or running.
 */
export async function lastCleanupOutcome(team: Team, deploymentId: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await team.store.pool.query<{ output: Record<string, unknown> | null }>(
    "SELECT output FROM pgboss.job WHERE name = $1 AND data->>'deploymentId' = $2 AND state = 'completed' AND output ? 'report' ORDER BY completed_on DESC LIMIT 1",
    [QUEUES.cleanup, deploymentId],
  );
  return rows[0]?.output ?? undefined;
}
