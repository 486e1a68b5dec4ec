import "server-only";
import type { WaitOptions } from "./wait";

type WaitSettings = Omit<WaitOptions, "signal">;

/**
 * How patiently the engine works against a target, creating and deleting alike:
 * - `waits`: slow transitions (NAT available, instance running, ALB active, an attachment, and
 *   `teardown`: terminated, deleted, interfaces released), each with a deadline;
 * - `retry*`: transient errors (throttling, a lost response, "NotFound right after create")
 *   retried with backoff until Terraform's 5-minute propagation deadline;
 * - `dependency`: a delete refused with DependencyViolation, retried while what blocks it
 *   goes away (docs/aws-facts.md §8.2).
 */
export type Timing = {
  waits: Record<"nat" | "instance" | "load-balancer" | "attachment" | "teardown", WaitSettings>;
  retryDeadlineMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  dependency: { baseMs: number; maxMs: number; deadlineMs: number };
};

/**
 * Real AWS: polls from 5 s (NAT and ALB take minutes, deletes about a minute, ALB interfaces
 * several), never every second, so a class sharing one account is not throttled.
 */
export const AWS_TIMING: Timing = {
  waits: {
    nat: { timeoutMs: 10 * 60_000, minDelayMs: 5_000, maxDelayMs: 15_000 },
    instance: { timeoutMs: 10 * 60_000, minDelayMs: 5_000, maxDelayMs: 15_000 },
    "load-balancer": { timeoutMs: 10 * 60_000, minDelayMs: 10_000, maxDelayMs: 15_000 },
    attachment: { timeoutMs: 4 * 60_000, minDelayMs: 2_000, maxDelayMs: 10_000 },
    teardown: { timeoutMs: 15 * 60_000, minDelayMs: 5_000, maxDelayMs: 15_000 },
  },
  retryDeadlineMs: 5 * 60_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 20_000,
  dependency: { baseMs: 5_000, maxMs: 30_000, deadlineMs: 15 * 60_000 },
};

/**
 * The sandbox plays AWS's delays `timeScale` times faster, so its polls are short: creates poll
 * every 100–250 ms, deletes at AWS's cadence scaled, with floors against busy loops. Deadlines
 * keep at least a minute: on a loaded machine the sandbox is slower than scaled AWS.
 */
export function sandboxTiming(timeScale = Number(process.env.VPCD_SANDBOX_TIME_SCALE ?? "1")): Timing {
  const scale = Number.isFinite(timeScale) && timeScale > 0 ? Math.min(1, timeScale) : 1;
  const fast = { timeoutMs: 5 * 60_000, minDelayMs: 100, maxDelayMs: 250 };
  const teardownPoll = Math.max(20, 1_000 * scale);
  return {
    waits: { nat: fast, instance: fast, "load-balancer": fast, attachment: { ...fast, timeoutMs: 4 * 60_000 }, teardown: { timeoutMs: Math.max(60_000, 15 * 60_000 * scale), minDelayMs: teardownPoll, maxDelayMs: teardownPoll } },
    retryDeadlineMs: 2 * 60_000,
    backoffBaseMs: 100,
    backoffMaxMs: 2_000,
    dependency: { baseMs: Math.max(25, 5_000 * scale), maxMs: Math.max(100, 30_000 * scale), deadlineMs: Math.max(60_000, 15 * 60_000 * scale) },
  };
}

/** Patience per target: an endpoint (the sandbox or a compatible server) polls fast; AWS polls like Terraform. */
export function timingFor(target: { kind: "sandbox" | "aws"; endpoint?: string }, timeScale?: number): Timing {
  return target.kind === "sandbox" || target.endpoint ? sandboxTiming(timeScale) : AWS_TIMING;
}

/** Full-jitter exponential backoff (the SDK's shape): a random delay up to base·2^attempt, capped. */
export function backoffMs(timing: Pick<Timing, "backoffBaseMs" | "backoffMaxMs">, attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** attempt)) + timing.backoffBaseMs / 2;
}
