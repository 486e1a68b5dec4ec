import { describe, expect, it } from "vitest";
import { emptyDesign } from "../design/empty";
import type { Design } from "../design/schema";
import { seed } from "../testing/design-fixtures";
import { checkLab } from "./check";
import type { LabDeployment, LabStepId } from "./types";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const l = (d: Design) => d as unknown as Loose;
const NONE: LabDeployment = { deploymentId: null, phases: {} };

function allPhases(design: Design, phase: string): LabDeployment {
  const ids = ["vpcs", "subnets", "internetGateways", "elasticIps", "natGateways", "routeTables", "securityGroups", "instances", "targetGroups", "loadBalancers"].flatMap((c) => Object.keys(l(design)[c]));
  return { deploymentId: "dep-1", phases: Object.fromEntries(ids.map((id) => [id, phase])) };
}

function stepOf(design: Design, id: LabStepId, deployment = NONE, confirmed: LabStepId[] = []) {
  return checkLab({ design, deployment, confirmed: new Set(confirmed) }).steps.find((s) => s.id === id)!;
}

describe("lab mode on a finished canvas (the seed lab)", () => {
  it("passes every canvas step and waits for the deploy", () => {
    const progress = checkLab({ design: seed(), deployment: NONE, confirmed: new Set() });
    expect(progress.steps.filter((s) => !s.isDone).map((s) => s.id)).toEqual(["deploy", "test-load-balancer", "cleanup"]);
    expect(progress.current).toBe("deploy");
    expect(progress.steps.find((s) => s.id === "deploy")).toMatchObject({ isUnlocked: true });
    expect(progress.steps.find((s) => s.id === "cleanup")).toMatchObject({ isUnlocked: false });
  });

  it("goes through deploy, the load-balancer test and cleanup to the end", () => {
    const design = seed();
    expect(stepOf(design, "deploy", allPhases(design, "ready")).isDone).toBe(true);
    expect(stepOf(design, "test-load-balancer", allPhases(design, "ready")).problems.map((p) => p.key)).toEqual(["alb-test-pending"]);
    expect(stepOf(design, "test-load-balancer", allPhases(design, "ready"), ["test-load-balancer"]).isDone).toBe(true);
    expect(stepOf(design, "cleanup", allPhases(design, "ready"), ["deploy", "test-load-balancer", "cleanup"]).problems.map((p) => p.key)).toEqual(["cleanup-left"]);
    const end = checkLab({ design, deployment: allPhases(design, "deleted"), confirmed: new Set<LabStepId>(["deploy", "test-load-balancer", "cleanup"]) });
    expect(end.current).toBeNull();
  });
});

describe("lab mode from an empty canvas", () => {
  it("starts at the region step and keeps the rest locked", () => {
    const progress = checkLab({ design: emptyDesign(), deployment: NONE, confirmed: new Set() });
    expect(progress.current).toBe("region");
    expect(progress.steps[0].problems.map((p) => [p.key, p.params.zone])).toEqual([["zone-missing", "ap-northeast-2a"], ["zone-missing", "ap-northeast-2c"]]);
    expect(progress.steps.filter((s) => s.isUnlocked).map((s) => s.id)).toEqual(["region"]);
    // No step passes vacuously on a canvas that has nothing of it yet.
    expect(progress.steps.filter((s) => s.isDone)).toEqual([]);
  });
});

/** Each step's check fires on a deliberate mistake, saying what is missing or wrong. */
const MISTAKES: [LabStepId, string, (d: Design) => void, string, (string | number)?][] = [
  ["region", "another region", (d) => { d.region = "us-east-1"; }, "region"],
  ["region", "one zone only", (d) => { d.availabilityZones = ["ap-northeast-2a"]; }, "zone-missing", "ap-northeast-2c"],
  ["vpc", "no VPC at all", (d) => { for (const k of ["vpcs", "subnets", "routeTables", "securityGroups", "instances", "targetGroups", "loadBalancers", "natGateways"]) l(d)[k] = {}; }, "vpc-missing"],
  ["vpc", "a /24 VPC", (d) => { l(d).vpcs["lab-vpc"].cidr = "192.168.0.0/24"; }, "vpc-cidr"],
  ["subnets", "public-c left out", (d) => { delete l(d).subnets["public-c"]; }, "subnet-missing", "192.168.3.0/24"],
  ["subnets", "public-c in zone a", (d) => { l(d).subnets["public-c"].availabilityZone = "ap-northeast-2a"; }, "subnet-zone", "ap-northeast-2a"],
  ["internet-gateway", "no internet gateway", (d) => { l(d).internetGateways = {}; l(d).routeTables["public-rt"].routes = []; }, "igw-missing"],
  ["internet-gateway", "a detached gateway", (d) => { l(d).internetGateways["lab-igw"].vpcId = null; }, "igw-detached"],
  ["route-tables", "public-c without the public table", (d) => { l(d).routeTables["public-rt"].subnetIds = ["public-a", "public-nat"]; }, "subnet-not-public"],
  ["route-tables", "private-a on the public table", (d) => { l(d).routeTables["private-rt"].subnetIds = []; l(d).routeTables["public-rt"].subnetIds.push("private-a"); }, "subnet-not-private"],
  ["nat-gateway", "no NAT gateway", (d) => { l(d).natGateways = {}; l(d).routeTables["private-rt"].routes = []; }, "nat-missing"],
  ["nat-gateway", "the NAT gateway in the private subnet", (d) => { l(d).natGateways["lab-nat"].subnetId = "private-a"; }, "rule"],
  ["nat-gateway", "private route without the NAT", (d) => { l(d).routeTables["private-rt"].routes = []; }, "reach-blocked"],
  ["security-group", "port 80 not opened", (d) => { l(d).securityGroups["lab-sg"].ingress = l(d).securityGroups["lab-sg"].ingress.filter((r: Loose) => r.fromPort !== 80); }, "sg-port", 80],
  ["security-group", "outbound closed", (d) => { l(d).securityGroups["lab-sg"].egress = []; }, "sg-egress"],
  ["instances", "no instance in public-c", (d) => { delete l(d).instances["web-c"]; l(d).targetGroups["web-tg"].targets = ["web-a"]; }, "instance-missing"],
  ["instances", "a memory-optimised family", (d) => { l(d).instances["app-a"].instanceType = "r5.large"; }, "instance-family"],
  ["instances", "a public instance without a public IP", (d) => { l(d).instances["web-c"].associatePublicIp = false; }, "reach-blocked"],
  ["instances", "the private instance exposed", (d) => { l(d).instances["app-a"].subnetId = "private-a"; l(d).routeTables["private-rt"].routes = [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "lab-igw" } }]; l(d).instances["app-a"].associatePublicIp = true; }, "reach-open"],
  ["load-balancer", "no load balancer", (d) => { l(d).loadBalancers = {}; }, "alb-missing"],
  ["load-balancer", "ALB only in public-a", (d) => { l(d).loadBalancers["lab-alb"].subnetIds = ["public-a"]; }, "alb-subnet"],
  ["load-balancer", "no HTTP:80 listener", (d) => { l(d).loadBalancers["lab-alb"].listeners[0].port = 8080; }, "alb-listener"],
  ["load-balancer", "web-c not registered", (d) => { l(d).targetGroups["web-tg"].targets = ["web-a"]; }, "alb-target"],
  ["load-balancer", "an ALB subnet without an internet route", (d) => { l(d).routeTables["public-rt"].subnetIds = ["public-a", "public-nat"]; l(d).routeTables["private-rt"].subnetIds.push("public-c"); }, "reach-blocked"],
  ["deploy", "deployed but one resource still creating", (d) => { void d; }, "deploy-pending"],
];

describe("each step's check fires on a deliberate mistake", () => {
  it.each(MISTAKES.map(([step, what, edit, key, param]) => [`${step}: ${what}`, step, edit, key, param] as const))("%s", (_name, step, edit, key, param) => {
    const design = seed(edit);
    const deployment = step === "deploy" ? { ...allPhases(design, "ready"), phases: { ...allPhases(design, "ready").phases, "lab-nat": "creating" } } : NONE;
    const state = stepOf(design, step, deployment);
    expect(state.isDone).toBe(false);
    expect(state.problems.map((p) => p.key)).toContain(key);
    if (param !== undefined) expect(state.problems.flatMap((p) => Object.values(p.params))).toContain(param);
  });

  it("names the blocker for a reachability problem", () => {
    const state = stepOf(seed((d) => { l(d).instances["web-c"].associatePublicIp = false; }), "instances");
    expect(state.problems.find((p) => p.key === "reach-blocked")?.blocker).toMatchObject({ entityId: "web-c", code: "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS" });
  });
});
