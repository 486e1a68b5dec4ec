import "server-only";

/** How often cleanup looks, how it backs off on DependencyViolation, and when it gives up. */
export type TeardownTiming = {
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Per step: a wait or a retry loop that takes longer fails the step (it can be re-run). */
  deadlineMs: number;
};

/** Real AWS: NAT and instance deletes take about a minute, ALB ENIs several (AWS-RULES §8.2). */
export const AWS_TIMING: TeardownTiming = { pollMs: 1_000, retryBaseMs: 5_000, retryMaxMs: 30_000, deadlineMs: 15 * 60_000 };

/**
 * Timing for a target: AWS's, or the sandbox's scaled by its time scale (the sandbox plays
 * AWS's delays that much faster), with floors so a fast sandbox is not polled in a busy loop.
 * The deadline keeps at least a minute: on a loaded machine the sandbox is slower than scaled AWS.
 */
export function timingFor(target: { kind: "sandbox" | "aws" }, timeScale = Number(process.env.VPCD_SANDBOX_TIME_SCALE ?? "1")): TeardownTiming {
  if (target.kind === "aws") return AWS_TIMING;
  const scale = Number.isFinite(timeScale) && timeScale > 0 ? Math.min(1, timeScale) : 1;
  return {
    pollMs: Math.max(20, AWS_TIMING.pollMs * scale),
    retryBaseMs: Math.max(25, AWS_TIMING.retryBaseMs * scale),
    retryMaxMs: Math.max(100, AWS_TIMING.retryMaxMs * scale),
    deadlineMs: Math.max(60_000, AWS_TIMING.deadlineMs * scale),
  };
}
