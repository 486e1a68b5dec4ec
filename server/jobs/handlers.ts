import "server-only";
import type { CleanupResult } from "../cleanup/run-cleanup";
import { cleanupDeployment } from "../cleanup/service";
import { findOrphans, sweepGroup } from "../cleanup/sweep";
import { sdkPort } from "../aws/sdk-port";
import { timingFor } from "../aws/timing";
import { runDeployment, DEFAULT_CONCURRENCY } from "../engine/run-deployment";
import { awsTargetOf } from "../engine/target";
import type { Store } from "../store/types";
import type pg from "pg";
import { TIMER_RETRY_MS } from "../cleanup/timer-scheduler";
import { unfinished } from "../cleanup/timer-why";
import type { CleanupJob, DeployJob, SweepJob } from "./queue";

/** What a job handler is given: the team store, the lease's signal, a line logger. */
export type JobContext = { store: Store & { pool: pg.Pool }; signal: AbortSignal; log(line: string): void };

/** Runs (or resumes) a deployment's walk to its end; steps the journal shows ok are skipped. */
export async function runDeployJob(job: DeployJob, ctx: JobContext): Promise<object> {
  const result = await runDeployment(ctx.store.journal, job.deploymentId, { concurrency: job.concurrency ?? DEFAULT_CONCURRENCY, signal: ctx.signal, isLeaseHeld: true, onLog: (stepId, line) => ctx.log(`${stepId}: ${line}`) });
  return { status: result.status, failures: result.failures.length, apiCalls: result.apiCalls };
}

/**
 * The guided cleanup of a recorded deployment. Started by a lab timer, its outcome clears the
 * timer (verified: nothing billable left) or keeps it with the reason, to try again later.
 */
export async function runCleanupJob(job: CleanupJob, ctx: JobContext): Promise<object> {
  const row = await ctx.store.journal.getDeployment(job.deploymentId);
  if (!row) {
    if (job.fromTimer) await ctx.store.timers.clear(job.deploymentId);
    return { status: "no such deployment" };
  }
  let result: CleanupResult | undefined;
  try {
    result = await cleanupDeployment(ctx.store.journal, row, { onlyStepId: job.onlyStepId, signal: ctx.signal, isLeaseHeld: true });
    return { status: result.status, failures: result.failures, report: result.report };
  } finally {
    if (job.fromTimer && !ctx.signal.aborted) {
      const why = unfinished(result);
      if (why) await ctx.store.timers.failed(job.deploymentId, Date.now() + TIMER_RETRY_MS, why);
      else await ctx.store.timers.clear(job.deploymentId);
    }
  }
}

/** Deletes one tagged group found by the sweep, after a fresh scan (only what still carries the tag). */
export async function runSweepJob(job: SweepJob, ctx: JobContext, busy: ReadonlySet<string>): Promise<object> {
  const port = sdkPort(awsTargetOf(job.target));
  try {
    const journaled = new Set((await ctx.store.journal.listDeployments()).map((d) => d.id));
    const group = (await findOrphans(port, journaled, Date.now(), busy)).find((g) => g.deploymentId === job.deploymentId);
    if (!group) return { status: "nothing tagged" };
    const result = await sweepGroup({ port, group, journal: ctx.store.journal, timing: timingFor(job.target), where: job.target.kind, signal: ctx.signal });
    return { status: result.status, isNothingBillableLeft: result.report.isNothingBillableLeft };
  } finally {
    port.close();
  }
}
