import { describe, expect, it } from "vitest";
import { planStatusCalls, STATUS_CALL_BUDGET, type RecordedShape } from "./call-plan";
import { nextPollInterval, FAST_POLL_MS, SLOW_POLL_MS } from "./poll-interval";

const seedLab: RecordedShape = {
  kinds: { vpc: 1, subnet: 4, "internet-gateway": 1, "route-table": 2, "nat-gateway": 1, "security-group": 1, instance: 3, "elastic-ip": 1 },
  loadBalancerArns: ["lb"],
  targetGroupArns: ["tg"],
  hasLooseAddresses: false,
};

describe("the calls of one status refresh", () => {
  it("reads the seed lab with one call per type, health included, within the budget", () => {
    const calls = planStatusCalls(seedLab, 0);
    expect(calls.map((c) => c.action)).toEqual([
      "DescribeVpcs", "DescribeSubnets", "DescribeInternetGateways", "DescribeRouteTables", "DescribeNatGateways",
      "DescribeSecurityGroups", "DescribeInstances", "DescribeLoadBalancers", "DescribeInstanceStatus", "DescribeTargetHealth",
    ]);
  });

  it("does not grow with the number of resources of a type", () => {
    const big = { ...seedLab, kinds: { ...seedLab.kinds, instance: 150, subnet: 30 } };
    expect(planStatusCalls(big, 0)).toHaveLength(planStatusCalls(seedLab, 0).length);
  });

  it("rotates target-health reads when there are more target groups than room, never exceeding the budget", () => {
    const many = { ...seedLab, targetGroupArns: ["a", "b", "c", "d"], hasLooseAddresses: true };
    const seen = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const calls = planStatusCalls(many, round);
      expect(calls.length).toBeLessThanOrEqual(STATUS_CALL_BUDGET);
      for (const c of calls) if (c.action === "DescribeTargetHealth") seen.add(c.arn);
    }
    expect([...seen].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("skips types the deployment does not have", () => {
    expect(planStatusCalls({ kinds: { vpc: 1 }, loadBalancerArns: [], targetGroupArns: [], hasLooseAddresses: false }, 0)).toEqual([{ action: "DescribeVpcs" }]);
  });
});

describe("the poll interval", () => {
  it("is fast while something changes and backs off to slow when stable", () => {
    expect(nextPollInterval({ changed: true, isSettled: true, previousMs: SLOW_POLL_MS })).toBe(FAST_POLL_MS);
    expect(nextPollInterval({ changed: false, isSettled: false, previousMs: SLOW_POLL_MS })).toBe(FAST_POLL_MS);
    let ms = FAST_POLL_MS;
    for (let i = 0; i < 20; i++) ms = nextPollInterval({ changed: false, isSettled: true, previousMs: ms });
    expect(ms).toBe(SLOW_POLL_MS);
  });
});
