import "server-only";
import type { WaitOptions } from "./port";

/**
 * How patiently the engine works against a target. Real AWS: waiter polls from 5 s (NAT and
 * ALB take minutes), and Terraform's 5-minute propagation deadline for "NotFound right after
 * create". The sandbox compresses AWS's delays by its time scale, so polls there are short.
 */
export type Timing = {
  waits: Record<"nat" | "instance" | "load-balancer", Omit<WaitOptions, "signal">>;
  /** How long eventual-consistency and transient errors are retried before a step fails. */
  retryDeadlineMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
};

export const AWS_TIMING: Timing = {
  waits: {
    nat: { timeoutMs: 10 * 60_000, minDelayMs: 5_000, maxDelayMs: 15_000 },
    instance: { timeoutMs: 10 * 60_000, minDelayMs: 5_000, maxDelayMs: 15_000 },
    "load-balancer": { timeoutMs: 10 * 60_000, minDelayMs: 10_000, maxDelayMs: 15_000 },
  },
  retryDeadlineMs: 5 * 60_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 20_000,
};

export const SANDBOX_TIMING: Timing = {
  waits: {
    nat: { timeoutMs: 5 * 60_000, minDelayMs: 100, maxDelayMs: 250 },
    instance: { timeoutMs: 5 * 60_000, minDelayMs: 100, maxDelayMs: 250 },
    "load-balancer": { timeoutMs: 5 * 60_000, minDelayMs: 100, maxDelayMs: 250 },
  },
  retryDeadlineMs: 2 * 60_000,
  backoffBaseMs: 100,
  backoffMaxMs: 2_000,
};

/** Full-jitter exponential backoff (the SDK's shape): a random delay up to base·2^attempt, capped. */
export function backoffMs(timing: Timing, attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** attempt)) + timing.backoffBaseMs / 2;
}
