import { describe, expect, it } from "vitest";
import { parseFaultSpec, seededRandom } from "./fault-spec";

describe("parseFaultSpec", () => {
  it("reads every rate, the seed, the slow delay and the always-failing actions", () => {
    const parsed = parseFaultSpec("throttle=0.1,error=0.03,reset=0.01,lost=0.05,slow=0.02,seed=7,slowMs=200,fail=CreateNatGateway+RunInstances,fail=AllocateAddress,expire=40");
    expect(parsed).toEqual({
      ok: true,
      spec: { throttle: 0.1, error: 0.03, reset: 0.01, lost: 0.05, slow: 0.02, seed: 7, slowMs: 200, fail: ["CreateNatGateway", "RunInstances", "AllocateAddress"], deny: [], expireAfter: 40 },
    });
  });

  it("reads the actions an IAM policy denies, repeated or joined with +", () => {
    const parsed = parseFaultSpec("deny=DescribeAccountLimits+GetRole,deny=GetParameter");
    expect(parsed.ok && parsed.spec.deny).toEqual(["DescribeAccountLimits", "GetRole", "GetParameter"]);
    expect(parseFaultSpec("").ok && (parseFaultSpec("") as { spec: { deny: string[] } }).spec.deny).toEqual([]);
  });

  it("treats an empty or missing spec as no faults", () => {
    for (const text of [undefined, "", " "]) {
      const parsed = parseFaultSpec(text);
      expect(parsed.ok && parsed.spec.throttle + parsed.spec.error + parsed.spec.reset + parsed.spec.lost + parsed.spec.slow).toBe(0);
    }
  });

  it.each([
    ["throttle=2", /throttle must be a rate between 0 and 1/],
    ["throttle=abc", /throttle must be a rate/],
    ["jitter=0.1", /unknown fault "jitter"/],
    ["throttle", /"throttle" is not key=value/],
    ["seed=1.5", /seed must be a whole number/],
    ["expire=-1", /expire must be a whole number/],
    ["fail=create-nat", /fail=create-nat must name actions/],
    ["deny=get-role", /deny=get-role must name actions/],
    ["throttle=0.6,error=0.6", /add up to 1.200, more than 1/],
  ])("rejects %s with a message naming the problem", (text, message) => {
    const parsed = parseFaultSpec(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
    if (!parsed.ok) expect(parsed.error.startsWith("--faults: ")).toBe(true);
  });
});

describe("seededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it("spreads draws evenly over [0, 1)", () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((d) => d < 0.1).length / draws.length).toBeCloseTo(0.1, 1);
  });
});
