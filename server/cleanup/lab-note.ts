import "server-only";
import type { Step } from "../../lib/plan/types";
import { errorCode } from "../aws/errors";
import type { AwsPort } from "../aws/port";
import type { Timing } from "../aws/timing";
import { makeExecute } from "../engine/execute";

export type ForcedOutcome = { stepId: string; ok: boolean; code?: string; message?: string; ms: number };

/**
 * Runs cleanup steps strictly one after another, the way the lab note tells students to.
 * With `waitForEach` each step waits for AWS to finish (and retries while something still
 * depends on it, unless `retryBlocked` is false); without, each delete is issued once and the
 * next follows at once, so AWS's DependencyViolation shows exactly where the order is unsafe.
 * Keeps going after a failure, as a student clicking on would, and reports every step's outcome.
 */
export async function runInOrder(steps: readonly Step[], options: { port: AwsPort; timing: Timing; waitForEach: boolean; retryBlocked?: boolean }): Promise<ForcedOutcome[]> {
  // Without retries a refused step fails at once (a person moving on to the next line of the note).
  const isRetrying = options.retryBlocked ?? options.waitForEach;
  const timing = isRetrying ? options.timing : { ...options.timing, dependency: { ...options.timing.dependency, deadlineMs: 0 } };
  const execute = makeExecute({ port: options.port, direction: "destroy", designName: "lab-note", timing, skipWaits: !options.waitForEach });
  const signal = new AbortController().signal;
  const outcomes: ForcedOutcome[] = [];
  for (const step of steps) {
    const started = Date.now();
    try {
      await execute(step, step.inputs as Record<string, string>, { signal, deploymentId: "lab-note" });
      outcomes.push({ stepId: step.id, ok: true, ms: Date.now() - started });
    } catch (error) {
      outcomes.push({ stepId: step.id, ok: false, code: errorCode(error), message: (error as Error).message, ms: Date.now() - started });
    }
  }
  return outcomes;
}
