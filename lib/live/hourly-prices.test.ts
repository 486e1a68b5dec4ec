import { describe, expect, it } from "vitest";
import { PRICES } from "../catalog/prices";
import { estimateCost } from "../plan/cost";
import { seedLab } from "../templates/seed-lab";
import { entityHourlyPrice, hourlyPrice } from "./hourly-prices";

describe("hourlyPrice", () => {
  it("reads the dated price table for billable kinds", () => {
    const seoul = PRICES["ap-northeast-2"]!;
    expect(hourlyPrice("nat-gateway")).toBe(seoul.natGatewayHour);
    expect(hourlyPrice("elastic-ip")).toBe(seoul.publicIpv4Hour);
    expect(hourlyPrice("load-balancer")).toBe(seoul.loadBalancerHour);
    expect(hourlyPrice("instance", "t3.micro")).toBe(seoul.instanceHour["t3.micro"]);
  });

  it("follows the region when one is given", () => {
    expect(hourlyPrice("nat-gateway", undefined, "us-east-1")).toBe(PRICES["us-east-1"]!.natGatewayHour);
  });

  it("counts free kinds and undated figures as zero instead of guessing", () => {
    expect(hourlyPrice("subnet")).toBe(0);
    expect(hourlyPrice("instance", "x9.mega")).toBe(0);
    expect(hourlyPrice("nat-gateway", undefined, "sa-east-1")).toBe(0);
  });
});

describe("entityHourlyPrice", () => {
  it("adds up to the plan's estimate for every billable entity of the seed lab", () => {
    const design = seedLab();
    const kinds: Array<[string, Record<string, unknown>]> = [
      ["instance", design.instances],
      ["nat-gateway", design.natGateways],
      ["elastic-ip", design.elasticIps],
      ["load-balancer", design.loadBalancers],
      ["subnet", design.subnets],
    ];
    const total = kinds.flatMap(([kind, all]) => Object.keys(all).map((id) => entityHourlyPrice(design, id, kind))).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(estimateCost(design).perHour, 10);
  });
});
