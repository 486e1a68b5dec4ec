import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { estimateCost } from "./cost";

describe("estimateCost", () => {
  it("prices the seed lab in Seoul from the dated table: NAT, ALB, LCU, 5 public IPs, volumes, 3 t3.micro", () => {
    const cost = estimateCost(seedLab());
    const expected = 0.059 + 0.0225 + 0.008 + 5 * 0.005 + (3 * 8 * 0.0912) / 730 + 3 * 0.013;
    expect(cost.perHour).toBeCloseTo(expected, 6);
    expect(cost.perMonth).toBeCloseTo(expected * 730, 4);
    expect(cost.priceDate).toBe("2026");
    expect(cost.hasUnknown).toBe(false);
  });

  it("says unknown for a region without dated prices instead of inventing a number", () => {
    const cost = estimateCost({ ...seedLab(), region: "eu-west-3" });
    expect(cost.priceDate).toBeNull();
    expect(cost.perHour).toBe(0);
    expect(cost.hasUnknown).toBe(true);
    expect(cost.lines.every((l) => l.perHour === null)).toBe(true);
  });

  it("marks an instance type with no price as unknown and keeps the rest", () => {
    const design = structuredClone(seedLab());
    design.instances["app-a" as never].instanceType = "c7g.large";
    const cost = estimateCost(design);
    expect(cost.hasUnknown).toBe(true);
    expect(cost.lines.find((l) => l.item === "EC2 c7g.large")?.perHour).toBeNull();
  });
});
