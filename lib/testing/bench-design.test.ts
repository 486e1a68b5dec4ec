import { describe, expect, it } from "vitest";
import { migrate } from "../design/migrate";
import { BENCH_SHAPE, entityCount, generateLargeDesign } from "./bench-design";
import { validateDesign } from "../rules/index";

describe("the benchmark design", () => {
  const design = generateLargeDesign();
  it("has about 2,000 entities and 960 subnets", () => {
    expect(Object.keys(design.subnets)).toHaveLength(BENCH_SHAPE.vpcs * BENCH_SHAPE.azs * BENCH_SHAPE.subnetsPerAz);
    expect(entityCount(design)).toBeGreaterThanOrEqual(1900);
  });
  it("is a well-formed document with no validation findings, so the bench measures the clean path", () => {
    expect(migrate(JSON.parse(JSON.stringify(design))).ok).toBe(true);
    expect(validateDesign(design)).toEqual([]);
  });
  it("still validates quickly when every subnet overlaps its neighbour (findings do not explode)", () => {
    const broken = generateLargeDesign({ ...BENCH_SHAPE, vpcs: 2 });
    for (const s of Object.values(broken.subnets)) s.cidr = s.cidr.replace(/\.0\/24$/, ".0/23").replace(/\.(\d+)\.0\/23$/, (_m, n) => `.${Number(n) & ~1}.0/23`);
    const overlaps = validateDesign(broken).filter((f) => f.ruleId === "subnet-cidr-overlap");
    expect(overlaps.length).toBe(Object.keys(broken.subnets).length / 2);
  });
});
