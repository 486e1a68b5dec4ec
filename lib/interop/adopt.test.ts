import { describe, expect, it } from "vitest";
import { recordedResourcesOf } from "../deploy/resources";
import { replay } from "../deploy/replay";
import { compilePlan } from "../plan/compile-plan";
import { CREATE_STEP_KINDS } from "../plan/kinds";
import { webServer } from "../templates";
import { adoptionEntries, ADOPTABLE_KINDS } from "./adopt";
import type { DescribedVpc } from "./described";

/** The web-server template as AWS would describe it after someone built it by hand. */
function described(): DescribedVpc {
  return {
    region: "ap-northeast-2",
    vpc: { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" },
    subnets: [],
    internetGateways: [],
    natGateways: [],
    addresses: [],
    routeTables: [{ RouteTableId: "rtb-pub", Associations: [{ SubnetId: "subnet-1", RouteTableAssociationId: "rtbassoc-1" }] }],
    securityGroups: [],
    instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.10", userData: "" }],
    networkAcls: [],
    vpcEndpoints: [],
    imageNames: {},
    targetGroups: [],
    loadBalancers: [],
  };
}

function plan() {
  const compiled = compilePlan(webServer());
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.plan;
}

/** AWS ids for every entity of the template, by design id. */
function awsIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const step of Object.values(plan().steps)) ids[step.logicalId] = `${step.kind}-aws-${step.logicalId}`;
  const design = webServer();
  Object.keys(design.vpcs).forEach((id) => (ids[id] = "vpc-1"));
  Object.keys(design.subnets).forEach((id) => (ids[id] = "subnet-1"));
  Object.keys(design.routeTables).forEach((id) => (ids[id] = "rtb-pub"));
  Object.keys(design.instances).forEach((id) => (ids[id] = "i-1"));
  return ids;
}

describe("adopting an imported design", () => {
  it("knows the outputs of every create kind", () => {
    expect([...ADOPTABLE_KINDS].sort()).toEqual([...CREATE_STEP_KINDS].sort());
  });

  it("ends every step ok with the AWS ids, so the journal's recorded resources are the imported ones", () => {
    const adoption = adoptionEntries(plan(), described(), awsIds(), "dep-1", 42);
    if (!adoption.ok) throw new Error(adoption.missing.join("\n"));
    expect(new Set(adoption.entries.map((e) => [e.type, e.outcome, e.at, e.deploymentId].join(" ")))).toEqual(new Set(["end ok 42 dep-1"]));
    expect(adoption.entries.map((e) => e.stepId).sort()).toEqual(Object.keys(plan().steps).sort());
    const recorded = recordedResourcesOf(adoption.plan, replay(adoption.entries.map((e, i) => ({ ...e, seq: i + 1 }))));
    expect(recorded.every((r) => r.certain && r.awsId)).toBe(true);
    const byKind = Object.fromEntries(recorded.map((r) => [r.kind, r.attributes]));
    expect(byKind.vpc).toEqual({ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" });
    expect(byKind["route-table-association"]).toEqual({ AssociationId: "rtbassoc-1", RouteTableId: "rtb-pub", SubnetId: "subnet-1" });
    expect(byKind.instance).toEqual({ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.10" });
    // Routes name their gateway's AWS id, resolved through the plan's references.
    expect(byKind.route?.Target).toMatch(/^internet-gateway-aws-/);
    expect(Object.values(adoption.plan.steps).every((s) => s.description.startsWith("Adopt the existing "))).toBe(true);
  });

  it("records nothing and names each step whose AWS id is missing", () => {
    const ids = awsIds();
    const table = Object.keys(webServer().routeTables)[0];
    delete ids[table];
    const lost = described();
    lost.routeTables = [];
    const adoption = adoptionEntries(plan(), lost, ids, "dep-1", 0);
    expect(adoption.ok).toBe(false);
    if (adoption.ok) return;
    expect(adoption.missing).toEqual(expect.arrayContaining([`create:route-table:${table}: no RouteTableId found in AWS`]));
    expect(adoption.missing.some((m) => m.includes("no AssociationId"))).toBe(true);
  });
});
