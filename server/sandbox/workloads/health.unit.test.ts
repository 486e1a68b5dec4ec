import { describe, expect, it } from "vitest";
import { matchesCode, recordCheck, registeredTarget, type CheckResult, type TargetHealth } from "./health";

const thresholds = { healthy: 3, unhealthy: 2 };
const ok: CheckResult = { kind: "ok" };
const timeout: CheckResult = { kind: "timeout" };
const run = (start: TargetHealth, results: CheckResult[]) => results.reduce((t, r) => recordCheck(t, r, thresholds), start);

describe("target health", () => {
  it("starts initial and becomes healthy after the first passing check", () => {
    expect(registeredTarget().state).toBe("initial");
    expect(run(registeredTarget(), [ok]).state).toBe("healthy");
  });

  it("stays initial (initial checks in progress) until UnhealthyThreshold failures, then is unhealthy with the reason", () => {
    const once = run(registeredTarget(), [timeout]);
    expect([once.state, once.reason]).toEqual(["initial", "Elb.InitialHealthChecking"]);
    const twice = run(registeredTarget(), [timeout, timeout]);
    expect([twice.state, twice.reason, twice.description]).toEqual(["unhealthy", "Target.Timeout", "Request timed out"]);
  });

  it("goes unhealthy only after consecutive failures, and back only after HealthyThreshold consecutive passes", () => {
    const healthy = run(registeredTarget(), [ok]);
    expect(run(healthy, [timeout, ok, timeout]).state).toBe("healthy");
    const down = run(healthy, [timeout, { kind: "mismatch", code: 500 }]);
    expect([down.state, down.description]).toEqual(["unhealthy", "Health checks failed with these codes: [500]"]);
    expect(run(down, [ok, ok]).state).toBe("unhealthy");
    expect(run(down, [ok, ok, timeout, ok, ok]).state).toBe("unhealthy");
    expect(run(down, [ok, ok, ok]).state).toBe("healthy");
  });

  it.each([
    ["200", 200, true],
    ["200", 302, false],
    ["200,302", 302, true],
    ["200-299", 204, true],
    ["200-299", 404, false],
  ])("matcher %s accepts %i: %s", (matcher, code, expected) => {
    expect(matchesCode(matcher, code)).toBe(expected);
  });
});
