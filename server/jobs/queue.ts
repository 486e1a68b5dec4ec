import "server-only";
import PgBoss from "pg-boss";
import type pg from "pg";
import type { DeploymentTarget } from "../../lib/deploy/types";

/** The durable queues (pg-boss, schema `pgboss` in the team database). */
export const QUEUES = { deploy: "deploy", cleanup: "cleanup", sweep: "sweep", timers: "timers" } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type DeployJob = { deploymentId: string; concurrency?: number };
export type CleanupJob = { deploymentId: string; onlyStepId?: string; /** Started by a lab timer: the timer is cleared or retried by the outcome. */ fromTimer?: boolean };
export type SweepJob = { deploymentId: string; target: DeploymentTarget };

/**
 * pg-boss's own expiry is the backstop for a job fetched by a worker that died before it took
 * the deployment's lease; a run that holds the lease is taken over through the lease instead
 * (server/jobs/lease.ts), which is renewed while it runs and so can be much shorter.
 */
const JOB_EXPIRY_SECONDS = 15 * 60;

export type BossOptions = { url: string; applicationName?: string; max?: number; isWorker?: boolean };

/**
 * Starts pg-boss on the team database (it creates or upgrades its schema itself) and makes
 * sure the queues exist. Only workers maintain the queue and fire schedules; an app instance
 * or a CLI that only enqueues starts it with `isWorker: false`.
 */
export async function startBoss(options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.url,
    application_name: options.applicationName ?? "vpcd",
    max: options.max ?? 3,
    supervise: options.isWorker ?? false,
    schedule: options.isWorker ?? false,
    expireInSeconds: JOB_EXPIRY_SECONDS,
    retryLimit: 3,
    retryDelay: 5,
  });
  // A dropped connection is retried by pg-boss; it must not crash the process.
  boss.on("error", () => {});
  await boss.start();
  for (const name of Object.values(QUEUES)) await ensureQueue(boss, name);
  return boss;
}

/**
 * Creates the queue unless it exists. Processes starting together on a new database (two app
 * instances, a worker) race here: the loser either finds the queue made by the winner or is
 * PostgreSQL's deadlock victim while the winner's transaction is still open, so it looks again
 * a moment later, a few times, before it gives up.
 */
async function ensureQueue(boss: PgBoss, name: QueueName): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy: "standard" });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

/** pg-boss's `db` option: run its statement on a client that is inside our transaction. */
export function inTransaction(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) };
}
