import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type PgBoss from "pg-boss";
import { TIMER_RETRY_MS } from "../cleanup/timer-scheduler";
import { openPostgresStore } from "../store/postgres/pg-store";
import { runCleanupJob, runDeployJob, runSweepJob, type JobContext } from "./handlers";
import { acquireLease, takeExpiredLeases } from "./lease";
import { clearStop, isStopRequested, watchStops } from "./stop-request";
import { inTransaction, QUEUES, startBoss, type CleanupJob, type DeployJob, type QueueName, type SweepJob } from "./queue";

export type WorkerOptions = {
  url: string;
  /** Deploys (and, separately, cleanups) this process runs at once. */
  concurrency?: number;
  /** How long a lease lasts without renewal: a dead worker's run is taken over this long after it died. */
  leaseMs?: number;
  /** How often an idle worker asks the queue for work (pg-boss allows 0.5 s at least). */
  pollSeconds?: number;
  log?(line: string): void;
};

export type Worker = { readonly id: string; stop(): Promise<void> };

/** Team mode defaults, overridable by VPCD_LEASE_SECONDS and VPCD_POLL_SECONDS (tests make them short). */
export const DEFAULT_LEASE_MS = 30_000;
export const DEFAULT_POLL_SECONDS = 2;

/**
 * A team-mode worker: takes deploy, cleanup, sweep and timer jobs from the durable queue and
 * runs each under the deployment's lease, so one worker at a time runs a deployment. Every
 * half lease it re-enqueues the runs of workers whose lease expired (they died, or lost the
 * database); the next run resumes from the journal, and find-before-create plus ClientTokens
 * make the repeated step adopt what the dead worker created instead of creating it again.
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const log = options.log ?? (() => {});
  // A run holds a connection only for one statement at a time (an append, a renewal): one per
  // run plus the supervisor's is enough, and keeps a class's peak connections low.
  const store = await openPostgresStore(options.url, { max: concurrency + 2, applicationName: "vpcd-worker" });
  const boss = await startBoss({ url: options.url, isWorker: true, applicationName: "vpcd-worker" });
  const stopping = new AbortController();
  const busy = new Set<string>();
  const stops = watchStops(store.pool);
  let runs = 0;

  async function leased(queue: QueueName, deploymentId: string, payload: object, run: (ctx: JobContext) => Promise<object>): Promise<object> {
    // One holder per run, not per worker: a second job for a deployment this worker already
    // runs (a resume, a retry) must find the lease taken, not re-enter it.
    const lease = await acquireLease(store.pool, deploymentId, `${id}#${++runs}`, { job: queue, payload }, leaseMs);
    if (!lease) return (log(`${queue} ${deploymentId}: another worker runs it`), { skipped: "lease held by another worker" });
    const stoppable = queue === QUEUES.deploy || queue === QUEUES.cleanup ? queue : undefined;
    const stopped = new AbortController();
    const unwatch = stoppable ? stops.watch(deploymentId, stoppable, stopped) : () => {};
    const signal = AbortSignal.any([lease.lost, stopping.signal, stopped.signal]);
    busy.add(deploymentId);
    try {
      // Stopped while it waited in the queue: it never starts (the stop is honoured, not kept).
      if (stoppable && (await isStopRequested(store.pool, deploymentId, stoppable))) return (stopped.abort(), log(`${queue} ${deploymentId}: stopped before it started`), { stopped: "before it started" });
      log(`${queue} ${deploymentId}: started`);
      const result = await run({ store, signal, log: (line) => log(`${queue} ${deploymentId}: ${line}`) });
      log(`${queue} ${deploymentId}: ${JSON.stringify(result)}`);
      return result;
    } catch (error) {
      // A run stopped on request ended as asked: a retry by pg-boss would undo the stop.
      if (stopped.signal.aborted) return (log(`${queue} ${deploymentId}: stopped on request`), { stopped: (error as Error).message });
      throw error;
    } finally {
      unwatch();
      busy.delete(deploymentId);
      if (stoppable && stopped.signal.aborted) await clearStop(store.pool, deploymentId, stoppable).catch(() => {});
      // Stopped by a shutdown: hand the run to another worker now rather than after the lease.
      if (stopping.signal.aborted && !lease.lost.aborted && !stopped.signal.aborted) await boss.send(queue, payload).catch(() => {});
      await lease.release().catch(() => {});
    }
  }

  const poll = { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? DEFAULT_POLL_SECONDS };
  for (let i = 0; i < concurrency; i++) {
    await boss.work<DeployJob>(QUEUES.deploy, poll, async ([job]) => leased(QUEUES.deploy, job!.data.deploymentId, job!.data, (ctx) => runDeployJob(job!.data, ctx)));
    await boss.work<CleanupJob>(QUEUES.cleanup, poll, async ([job]) => leased(QUEUES.cleanup, job!.data.deploymentId, job!.data, (ctx) => runCleanupJob(job!.data, ctx)));
  }
  await boss.work<SweepJob>(QUEUES.sweep, poll, async ([job]) => leased(QUEUES.sweep, job!.data.deploymentId, job!.data, (ctx) => runSweepJob(job!.data, ctx, busy)));
  await boss.work(QUEUES.timers, poll, async () => fireDueTimers(store, boss, log));
  // Every minute (pg-boss's cron resolution), one worker fires the due lab timers.
  await boss.schedule(QUEUES.timers, "* * * * *");

  const supervise = async () => {
    try {
      const taken = await takeExpiredLeases(store.pool, async (lease, client) => void (await boss.send(lease.job, lease.payload, { db: inTransaction(client) })));
      for (const deploymentId of taken) log(`lease on ${deploymentId} expired: re-enqueued`);
    } catch {
      // The database is unreachable for now; the next round tries again.
    }
  };
  const supervisor = setInterval(() => void supervise(), Math.max(250, Math.floor(leaseMs / 2)));
  void supervise();
  log(`worker ${id} ready (concurrency ${concurrency}, lease ${leaseMs} ms)`);

  return {
    id,
    async stop() {
      clearInterval(supervisor);
      stops.close();
      stopping.abort(new Error("the worker is stopping"));
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await store.close();
    },
  };
}

/** Starts a cleanup job for each due lab timer, postponing the timer while it runs. */
export async function fireDueTimers(store: Awaited<ReturnType<typeof openPostgresStore>>, boss: PgBoss, log: (line: string) => void): Promise<object> {
  const now = Date.now();
  const due = await store.timers.due(now);
  for (const timer of due) {
    await store.timers.postpone(timer.deploymentId, now + TIMER_RETRY_MS);
    await boss.send(QUEUES.cleanup, { deploymentId: timer.deploymentId, fromTimer: true } satisfies CleanupJob);
    log(`lab timer of ${timer.deploymentId} is due: cleanup enqueued`);
  }
  return { fired: due.length };
}
