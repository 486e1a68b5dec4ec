import { describe, expect, it } from "vitest";
import { PRICES } from "../catalog/prices";
import { hourlyPrice } from "./hourly-prices";

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
