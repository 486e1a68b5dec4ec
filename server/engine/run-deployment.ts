import "server-only";
import { hostname } from "node:os";
import type { Step } from "../../lib/plan/types";
import { sdkPort } from "../aws/sdk-port";
import type { JournalPort } from "../journal";
import { StepError } from "../aws/errors";
import { makeExecute } from "./execute";
import { imageResolver } from "../aws/images";
import { awsTargetOf, timingOf } from "./target";
import { checkAccount } from "./account";
import { walk, type WalkResult } from "./walk";

/**
 * Default parallelism, chosen with `npm run bench:deploy`: on the seed lab and the three-tier
 * HA design every cap from 2 to 16 lands within a few percent of the critical-path bound (AWS's
 * own delays dominate), while 1 is 1.2–1.5× slower. 8 sits on that flat part with headroom for
 * designs with more slow waits (each NAT or instance wait holds a slot), below Terraform's 10.
 */
export const DEFAULT_CONCURRENCY = 8;

/** Expected seconds per step kind at AWS speed: the walker starts the longest chain first. */
const EXPECTED_SECONDS: Record<string, number> = { "nat-gateway": 90, "load-balancer-active": 150, instance: 15 };
export const stepWeight = (step: Step) => EXPECTED_SECONDS[step.kind] ?? 1;

export type RunOptions = {
  concurrency?: number;
  signal?: AbortSignal;
  /** Lines for the live log that the journal does not hold (adoptions, retries). */
  onLog?(stepId: string, line: string): void;
  /**
   * Team mode: the caller holds the deployment's lease (server/jobs/lease.ts), which already
   * makes it the only runner; a runner pid recorded by another machine means nothing here.
   */
  isLeaseHeld?: boolean;
};

export type RunResult = WalkResult & { apiCalls: number };

/** Whether a process with this id exists on this machine (signal 0 probes without touching it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Walks a stored deployment to the end (or to its first permanent failure), in this process.
 * Used for a new deployment and for a resume alike: steps the journal shows `ok` are skipped,
 * steps begun without an end are re-run and adopt what their lost attempt created.
 */
export async function runDeployment(journal: JournalPort, deploymentId: string, options: RunOptions = {}): Promise<RunResult> {
  const row = await journal.getDeployment(deploymentId);
  if (!row) throw new StepError("NotFound", `No deployment ${deploymentId}.`);
  if (!options.isLeaseHeld && row.runner && row.runner.pid !== process.pid && isProcessAlive(row.runner.pid)) {
    throw new StepError("AlreadyRunning", `Deployment ${deploymentId} is already being run by process ${row.runner.pid}.`);
  }
  const port = sdkPort(awsTargetOf(row.target));
  const account = await checkAccount(port, row.target).catch((error: unknown) => (port.close(), Promise.reject(error)));
  if (account && !row.target.accountId) await journal.setAccount(deploymentId, account);
  await journal.setRunner(deploymentId, { pid: process.pid, startedAt: Date.now(), ...(options.isLeaseHeld ? { host: hostname() } : {}) });
  try {
    const execute = makeExecute({
      port,
      direction: "create",
      designName: row.name,
      timing: timingOf(row.target),
      resolveImage: imageResolver(port, row.target.kind === "sandbox"),
      log: options.onLog,
    });
    const result = await walk(row.plan, { deploymentId, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY, journal, execute, signal: options.signal, weight: stepWeight });
    return { ...result, apiCalls: port.calls };
  } finally {
    // A journal that cannot be written cannot clear the runner either; the runner is this
    // process, which no longer counts as running the deployment once the walk has ended.
    try {
      await journal.setRunner(deploymentId, null);
    } catch {
      /* reported by the walk as JournalWriteFailed */
    }
    port.close();
  }
}
