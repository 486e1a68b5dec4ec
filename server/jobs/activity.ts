import "server-only";
import type pg from "pg";
import { QUEUES, type QueueName } from "./queue";

/** See FETCHED_GRACE_SECONDS in team.ts: a fetched job counts as running this long before its lease shows. */
const FETCHED_GRACE_SECONDS = 60;

/** What the workers do or are about to do for each deployment, by queue. */
export type Activity = ReadonlyMap<string, ReadonlySet<QueueName>>;

/**
 * For each deployment, the queues on which work for it runs (a lease, even an expired one
 * about to be taken over) or waits (a queued job, or one fetched a moment ago): one query for
 * a whole list, so a class's deployments list or roster costs one statement, not one each.
 * The same rule as `isQueuedOrRunning`, told apart by kind, so a running cleanup does not make
 * the deploy read "running".
 */
export async function activityOf(pool: pg.Pool, deploymentIds: readonly string[]): Promise<Activity> {
  const activity = new Map<string, Set<QueueName>>();
  if (deploymentIds.length === 0) return activity;
  const { rows } = await pool.query<{ deployment_id: string; job: QueueName }>(
    `SELECT deployment_id, job FROM deployment_leases WHERE deployment_id = ANY($1)
     UNION
     SELECT data->>'deploymentId', name FROM pgboss.job WHERE name = ANY($2) AND data->>'deploymentId' = ANY($1)
       AND (state IN ('created', 'retry') OR (state = 'active' AND started_on > now() - make_interval(secs => $3)))`,
    [deploymentIds, [QUEUES.deploy, QUEUES.cleanup, QUEUES.sweep], FETCHED_GRACE_SECONDS],
  );
  for (const row of rows) activity.set(row.deployment_id, (activity.get(row.deployment_id) ?? new Set()).add(row.job));
  return activity;
}

/** Whether `queue` has work running or waiting for the deployment. */
export function isActive(activity: Activity, deploymentId: string, queue: QueueName): boolean {
  return activity.get(deploymentId)?.has(queue) ?? false;
}
