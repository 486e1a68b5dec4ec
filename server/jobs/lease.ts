import "server-only";
import type pg from "pg";

/** What a lease is for: the queue a run came from and its payload, so it can be re-enqueued. */
export type LeaseJob = { job: string; payload: object };

export type Lease = {
  readonly deploymentId: string;
  /** Aborted when a renewal finds the lease gone (expired and taken over): stop between AWS calls. */
  readonly lost: AbortSignal;
  release(): Promise<void>;
};

/**
 * Takes the deployment's lease for `holder` (one run of one worker), if it is free or expired;
 * then renews it every third of `leaseMs` until released. Returns undefined when a live holder
 * has it — that worker is running the deployment, and this one must not.
 */
export async function acquireLease(pool: pg.Pool, deploymentId: string, holder: string, job: LeaseJob, leaseMs: number): Promise<Lease | undefined> {
  const { rowCount } = await pool.query(
    `INSERT INTO deployment_leases (deployment_id, job, payload, holder, acquired_at, expires_at)
     VALUES ($1, $2, $3, $4, vpcd_now_ms(), vpcd_now_ms() + $5)
     ON CONFLICT (deployment_id) DO UPDATE SET job = excluded.job, payload = excluded.payload, holder = excluded.holder, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
     WHERE deployment_leases.expires_at < vpcd_now_ms()`,
    [deploymentId, job.job, JSON.stringify(job.payload), holder, leaseMs],
  );
  if (rowCount !== 1) return undefined;
  const controller = new AbortController();
  const renew = async () => {
    try {
      const renewed = await pool.query("UPDATE deployment_leases SET expires_at = vpcd_now_ms() + $3 WHERE deployment_id = $1 AND holder = $2", [deploymentId, holder, leaseMs]);
      if (renewed.rowCount !== 1) controller.abort(new Error(`lost the lease on ${deploymentId}`));
    } catch {
      // The database is unreachable for now: the next renewal tries again; if the lease
      // expires meanwhile, that renewal finds it taken and stops the run.
    }
  };
  const timer = setInterval(() => void renew(), Math.max(100, Math.floor(leaseMs / 3)));
  timer.unref?.();
  return {
    deploymentId,
    lost: controller.signal,
    async release() {
      clearInterval(timer);
      await pool.query("DELETE FROM deployment_leases WHERE deployment_id = $1 AND holder = $2", [deploymentId, holder]);
    },
  };
}

/**
 * Who holds a deployment's lease now. An expired lease counts as nobody's unless
 * `includeExpired`: it still stands for a run that a worker is about to re-enqueue.
 */
export async function leaseHolder(pool: pg.Pool, deploymentId: string, options: { includeExpired?: boolean } = {}): Promise<string | undefined> {
  const { rows } = await pool.query<{ holder: string }>(`SELECT holder FROM deployment_leases WHERE deployment_id = $1${options.includeExpired ? "" : " AND expires_at >= vpcd_now_ms()"}`, [deploymentId]);
  return rows[0]?.holder;
}

/**
 * Removes every expired lease and hands each to `requeue` inside the same transaction, so a
 * dead worker's run is re-enqueued exactly once however many workers look at the same moment
 * (a row another transaction is taking is skipped). A failed requeue rolls back: the lease
 * stays expired and is picked up on the next round.
 */
export async function takeExpiredLeases(pool: pg.Pool, requeue: (lease: { deploymentId: string } & LeaseJob, client: pg.PoolClient) => Promise<void>): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ deployment_id: string; job: string; payload: object }>(
      `DELETE FROM deployment_leases WHERE deployment_id IN (
         SELECT deployment_id FROM deployment_leases WHERE expires_at < vpcd_now_ms() FOR UPDATE SKIP LOCKED
       ) RETURNING deployment_id, job, payload`,
    );
    for (const row of rows) await requeue({ deploymentId: row.deployment_id, job: row.job, payload: row.payload }, client);
    await client.query("COMMIT");
    return rows.map((r) => r.deployment_id);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
