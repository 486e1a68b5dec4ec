import "server-only";
import type { Step } from "../../lib/plan/types";
import type { AwsClients } from "../aws/clients";
import { errorCode } from "../aws/errors";
import { cleanupExecutor } from "./execute";
import type { TeardownTiming } from "../aws/cleanup-timing";

export type ForcedOutcome = { stepId: string; ok: boolean; code?: string; message?: string; ms: number };

/**
 * Runs cleanup steps strictly one after another, the way the lab note tells students to.
 * With `waitForEach` each step waits for AWS to finish (and retries while something still
 * depends on it, unless `retryBlocked` is false); without, each delete is issued once and the next follows at once, so AWS's
 * DependencyViolation shows exactly where the order is unsafe. Keeps going after a failure,
 * as a student clicking on would, and reports every step's outcome.
 */
export async function runInOrder(steps: readonly Step[], options: { clients: AwsClients; timing: TeardownTiming; waitForEach: boolean; retryBlocked?: boolean }): Promise<ForcedOutcome[]> {
  const base = options.waitForEach ? options.timing : { ...options.timing, deadlineMs: 0 };
  // Without retries a refused step fails at once (a person moving on to the next line of the note).
  const timing = options.retryBlocked ?? options.waitForEach ? base : { ...base, retryBaseMs: Number.POSITIVE_INFINITY };
  const execute = cleanupExecutor({ clients: options.clients, timing, logicalIds: new Map(), onEvent: () => {}, skipWaits: !options.waitForEach });
  const signal = new AbortController().signal;
  const outcomes: ForcedOutcome[] = [];
  for (const step of steps) {
    const started = Date.now();
    try {
      await execute(step, {}, { signal, deploymentId: "lab-note" });
      outcomes.push({ stepId: step.id, ok: true, ms: Date.now() - started });
    } catch (error) {
      outcomes.push({ stepId: step.id, ok: false, code: errorCode(error), message: (error as Error).message, ms: Date.now() - started });
    }
  }
  return outcomes;
}
