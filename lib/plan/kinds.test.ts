import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { threeTierHa } from "../templates/three-tier-ha";
import { compilePlan } from "./compile-plan";
import { CREATE_STEP_KINDS, DESTROY_STEP_KINDS, OWN_RESOURCE_KINDS, PRIMARY_OUTPUT, STEP_KINDS, destroyStepsOf, ownResourceKind } from "./kinds";
import { teardownResources } from "./recorded";

describe("the kinds vocabulary", () => {
  it("covers every kind the create compiler emits", () => {
    for (const design of [seedLab(), threeTierHa()]) {
      const result = compilePlan(design);
      if (!result.ok) throw new Error(result.error.message);
      for (const step of Object.values(result.plan.steps)) expect(CREATE_STEP_KINDS).toContain(step.kind);
    }
  });

  it("names the AWS id output of everything that creates a resource, and nothing for settings and waits", () => {
    expect(PRIMARY_OUTPUT["nat-gateway"]).toBe("NatGatewayId");
    expect(PRIMARY_OUTPUT["vpc-dns"]).toBeUndefined();
    expect(PRIMARY_OUTPUT["load-balancer-active"]).toBeUndefined();
  });

  it("answers own-property lookups only: `constructor` and `__proto__` are not kinds", () => {
    expect(PRIMARY_OUTPUT["constructor"]).toBeUndefined();
    expect(PRIMARY_OUTPUT["__proto__"]).toBeUndefined();
    expect(ownResourceKind("constructor")).toBeUndefined();
    expect(teardownResources([{ logicalId: "x", kind: "__proto__", awsId: "a" }])).toEqual([]);
  });

  it("gives cleanup a step for each resource of its own and none for sub-resources", () => {
    expect([...OWN_RESOURCE_KINDS].sort()).toEqual(["elastic-ip", "instance", "internet-gateway", "listener", "load-balancer", "nat-gateway", "route-table", "security-group", "subnet", "target-group", "vpc"]);
    expect(destroyStepsOf("load-balancer")).toEqual(["load-balancer", "load-balancer-enis"]);
    expect(ownResourceKind("route")).toBeUndefined();
    expect(ownResourceKind("igw-attachment")).toBeUndefined();
  });

  it("uses every destroy step kind in some resource's chain, each once", () => {
    const used = [...OWN_RESOURCE_KINDS].flatMap((kind) => destroyStepsOf(ownResourceKind(kind)!));
    expect([...used].sort()).toEqual([...DESTROY_STEP_KINDS].sort());
    expect(STEP_KINDS).toEqual(expect.arrayContaining([...CREATE_STEP_KINDS, ...DESTROY_STEP_KINDS]));
  });

  it("keeps one resource per AWS id and drops what has no id yet", () => {
    const kept = teardownResources([
      { logicalId: "v", kind: "vpc", awsId: "vpc-1" },
      { logicalId: "v", kind: "vpc", awsId: "vpc-1" },
      { logicalId: "s", kind: "subnet" },
    ]);
    expect(kept.map((r) => r.awsId)).toEqual(["vpc-1"]);
  });
});
