import "server-only";

export type HealthState = "initial" | "healthy" | "unhealthy" | "unused";

/** One health check's outcome: an answer in the matcher's codes, another code, no answer in time, or no connection. */
export type CheckResult = { kind: "ok" } | { kind: "mismatch"; code: number } | { kind: "timeout" } | { kind: "failed" };

export type TargetHealth = { state: HealthState; reason?: string; description?: string; passes: number; failures: number };

export type Thresholds = { healthy: number; unhealthy: number };

/** A newly registered target: `initial`, as AWS reports it until the first checks decide. */
export function registeredTarget(): TargetHealth {
  return { state: "initial", reason: "Elb.RegistrationInProgress", description: "Target registration is in progress", passes: 0, failures: 0 };
}

/**
 * The target's health after one more check (docs/aws-facts.md §14.1): a new
 * target is `healthy` after its first passing check and `unhealthy` after UnhealthyThreshold
 * consecutive failures; a healthy one goes unhealthy after UnhealthyThreshold consecutive
 * failures, and an unhealthy one comes back after HealthyThreshold consecutive passes.
 *
 * @example recordCheck(registeredTarget(), { kind: "ok" }, { healthy: 5, unhealthy: 2 }).state === "healthy"
 */
export function recordCheck(target: TargetHealth, result: CheckResult, thresholds: Thresholds): TargetHealth {
  if (target.state === "unused") return target;
  if (result.kind === "ok") {
    const passes = target.passes + 1;
    const healthy = target.state === "healthy" || target.state === "initial" || passes >= thresholds.healthy;
    if (healthy) return { state: "healthy", passes, failures: 0 };
    return { ...target, passes, failures: 0 };
  }
  const failures = target.failures + 1;
  if (failures < thresholds.unhealthy) {
    const state = target.state;
    return state === "initial"
      ? { ...target, reason: "Elb.InitialHealthChecking", description: "Initial health checks in progress", passes: 0, failures }
      : { ...target, passes: 0, failures };
  }
  return { state: "unhealthy", ...failureReason(result), passes: 0, failures };
}

function failureReason(result: CheckResult): { reason: string; description: string } {
  if (result.kind === "mismatch") return { reason: "Target.ResponseCodeMismatch", description: `Health checks failed with these codes: [${result.code}]` };
  if (result.kind === "timeout") return { reason: "Target.Timeout", description: "Request timed out" };
  return { reason: "Target.FailedHealthChecks", description: "Health checks failed" };
}

/**
 * True when `code` is one the target group's matcher accepts: "200", "200,202" or "200-299".
 *
 * @example matchesCode("200-299", 204) === true
 */
export function matchesCode(matcher: string, code: number): boolean {
  return matcher.split(",").some((part) => {
    const [from, to] = part.trim().split("-").map(Number);
    return to === undefined ? code === from : code >= from && code <= to;
  });
}
