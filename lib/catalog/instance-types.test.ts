import { describe, expect, it } from "vitest";
import { InstanceSchema } from "../design/schema";
import { INSTANCE_CATEGORIES, INSTANCE_TYPES, getInstanceType, instanceTypesByCategory, isOfferedIn } from "./instance-types";

describe("the instance type catalogue", () => {
  it.each([
    ["t3.micro", "general-purpose", 2, 1, "x86_64"],
    ["t2.micro", "general-purpose", 1, 1, "x86_64"],
    ["t4g.micro", "general-purpose", 2, 1, "arm64"],
    ["m5.large", "general-purpose", 2, 8, "x86_64"],
    ["c5.large", "compute-optimized", 2, 4, "x86_64"],
    ["r5.large", "memory-optimized", 2, 16, "x86_64"],
    ["p3.2xlarge", "accelerated-computing", 8, 61, "x86_64"],
    ["g4dn.xlarge", "accelerated-computing", 4, 16, "x86_64"],
    ["i3.large", "storage-optimized", 2, 15.25, "x86_64"],
    ["d2.xlarge", "storage-optimized", 4, 30.5, "x86_64"],
  ] as const)("describes %s as %s with %d vCPU and %d GiB (%s)", (name, category, vcpu, memoryGiB, architecture) => {
    expect(getInstanceType(name)).toMatchObject({ name, category, vcpu, memoryGiB, architecture });
  });
  it("includes every family the picker promises", () => {
    const families = new Set(INSTANCE_TYPES.map((t) => t.family));
    for (const f of ["t2", "t3", "t3a", "t4g", "m5", "m6i", "m7i", "c5", "c6i", "r5", "r6i", "g4dn", "g5", "p3", "i3", "d2", "d3"]) expect(families.has(f)).toBe(true);
  });
  it("groups every type under exactly one category, in picker order", () => {
    const groups = instanceTypesByCategory();
    expect(groups.map((g) => g.category)).toEqual(INSTANCE_CATEGORIES.map((c) => c.id));
    expect(groups.reduce((n, g) => n + g.types.length, 0)).toBe(INSTANCE_TYPES.length);
    expect(groups.every((g) => g.types.length > 0)).toBe(true);
  });
  it("has unique names the design schema accepts, and only T families burst", () => {
    expect(new Set(INSTANCE_TYPES.map((t) => t.name)).size).toBe(INSTANCE_TYPES.length);
    for (const t of INSTANCE_TYPES) {
      expect(InstanceSchema.shape.instanceType.safeParse(t.name).success).toBe(true);
      expect(t.burstable).toBe(t.family.startsWith("t"));
    }
  });
  it("does not know a misspelt type", () => {
    expect(getInstanceType("t3.mirco")).toBeUndefined();
  });
});

describe("zone offerings in Seoul", () => {
  it.each([
    ["p3.2xlarge", "ap-northeast-2a", false],
    ["t2.micro", "ap-northeast-2b", false],
    ["t2.micro", "ap-northeast-2c", true],
    ["g4dn.xlarge", "ap-northeast-2d", false],
    ["t3.micro", "ap-northeast-2d", true],
  ])("%s in %s: offered %s", (type, zone, offered) => {
    expect(isOfferedIn(type, "ap-northeast-2", zone)).toBe(offered);
  });
  it("assumes a type is offered where the catalogue has no data", () => {
    expect(isOfferedIn("p3.2xlarge", "us-east-1", "us-east-1a")).toBe(true);
  });
});
