import "server-only";
import type pg from "pg";

/** The kinds of run a stop request can be for (the queue names of server/jobs/queue.ts). */
export type StoppableJob = "deploy" | "cleanup";

type Db = pg.Pool | pg.PoolClient;

/**
 * Records that someone asked to stop the deployment's `job` run. Durable, because the app
 * instance that is asked is often not the one whose worker runs it; that worker honours it
 * within a second (`watchStops`), and a run that has not started yet is skipped.
 */
export async function requestStop(db: Db, deploymentId: string, job: StoppableJob): Promise<void> {
  await db.query("INSERT INTO stop_requests (deployment_id, job, requested_at) VALUES ($1, $2, vpcd_now_ms()) ON CONFLICT (deployment_id, job) DO NOTHING", [deploymentId, job]);
}

/** Withdraws a stop request: the run ended because of it, or the same work is enqueued again. */
export async function clearStop(db: Db, deploymentId: string, job: StoppableJob): Promise<void> {
  await db.query("DELETE FROM stop_requests WHERE deployment_id = $1 AND job = $2", [deploymentId, job]);
}

/** Whether a stop of the deployment's `job` run is asked for and not yet honoured. */
export async function isStopRequested(db: Db, deploymentId: string, job: StoppableJob): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM stop_requests WHERE deployment_id = $1 AND job = $2", [deploymentId, job]);
  return rows.length > 0;
}

export type StopWatcher = {
  /** Aborts `controller` once a stop of this run is requested; call the result when the run ends. */
  watch(deploymentId: string, job: StoppableJob, controller: AbortController): () => void;
  close(): void;
};

/**
 * One query per `everyMs` for all of a worker's runs (not one per run), so a worker running
 * fifteen deploys adds one statement a second to the database, not fifteen.
 */
export function watchStops(pool: pg.Pool, everyMs = 1_000): StopWatcher {
  const runs = new Map<string, { deploymentId: string; job: StoppableJob; controller: AbortController }>();
  const check = async () => {
    if (runs.size === 0) return;
    try {
      const ids = [...new Set([...runs.values()].map((r) => r.deploymentId))];
      const { rows } = await pool.query<{ deployment_id: string; job: string }>("SELECT deployment_id, job FROM stop_requests WHERE deployment_id = ANY($1)", [ids]);
      for (const row of rows) runs.get(`${row.job}:${row.deployment_id}`)?.controller.abort(new Error("stopped on request"));
    } catch {
      // The database is unreachable for now: the next round asks again.
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref?.();
  return {
    watch(deploymentId, job, controller) {
      const key = `${job}:${deploymentId}`;
      runs.set(key, { deploymentId, job, controller });
      return () => void runs.delete(key);
    },
    close: () => clearInterval(timer),
  };
}
