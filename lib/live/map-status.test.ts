import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { seedLabRecorded } from "../testing/recorded-fixtures";
import { mapStatus, type StatusInput } from "./map-status";
import type { AwsSnapshot } from "./snapshot";
import { liveText } from "./text";

const TG = seedLabRecorded().find((r) => r.kind === "target-group")!.awsId!;
const LB = seedLabRecorded().find((r) => r.kind === "load-balancer")!.awsId!;

function healthySnapshot(): AwsSnapshot {
  const all = { protocol: "-1", fromPort: 0, toPort: 65535, peer: "0.0.0.0/0" };
  return {
    at: 1,
    vpcs: [{ id: "vpc-1", state: "available", cidr: "192.168.0.0/16" }],
    subnets: [
      { id: "subnet-pa", state: "available", cidr: "192.168.1.0/24", availableIps: 250, vpcId: "vpc-1" },
      { id: "subnet-pua", state: "available", cidr: "192.168.2.0/24", availableIps: 250, vpcId: "vpc-1" },
      { id: "subnet-puc", state: "available", cidr: "192.168.3.0/24", availableIps: 250, vpcId: "vpc-1" },
      { id: "subnet-pn", state: "available", cidr: "192.168.4.0/24", availableIps: 250, vpcId: "vpc-1" },
    ],
    internetGateways: [{ id: "igw-1", attachedVpcIds: ["vpc-1"] }],
    routeTables: [
      { id: "rtb-pub", subnetIds: [], routes: [{ destination: "192.168.0.0/16", target: "local", state: "active" }, { destination: "0.0.0.0/0", target: "igw-1", state: "active" }] },
      { id: "rtb-priv", subnetIds: [], routes: [{ destination: "0.0.0.0/0", target: "nat-1", state: "active" }] },
    ],
    natGateways: [{ id: "nat-1", state: "available", subnetId: "subnet-pn", publicIp: "3.3.3.3", allocationId: "eipalloc-1" }],
    securityGroups: [
      {
        id: "sg-1",
        name: "lab-sg",
        ingress: [
          { protocol: "tcp", fromPort: 22, toPort: 22, peer: "0.0.0.0/0" },
          { protocol: "tcp", fromPort: 80, toPort: 80, peer: "0.0.0.0/0" },
        ],
        egress: [all],
      },
    ],
    instances: [
      { id: "i-a", state: "running", privateIp: "192.168.2.4", publicIp: "54.1.1.1" },
      { id: "i-c", state: "running", privateIp: "192.168.3.4", publicIp: "54.1.1.2" },
      { id: "i-app", state: "running", privateIp: "192.168.1.4" },
    ],
    instanceChecks: { "i-a": { system: "ok", instance: "ok" } },
    loadBalancers: [{ arn: LB, state: "active", dnsName: "lab-alb-1.ap-northeast-2.elb.amazonaws.com", name: "lab-alb" }],
    targetHealth: { [TG]: [{ targetId: "i-a", state: "healthy" }, { targetId: "i-c", state: "healthy" }] },
  };
}

const input = (snapshot: AwsSnapshot, kind: "sandbox" | "aws" = "sandbox"): StatusInput => ({
  deploymentId: "d1",
  recorded: seedLabRecorded(),
  snapshot,
  design: seedLab(),
  target: { kind, region: "ap-northeast-2" },
});

describe("a healthy deployment", () => {
  const view = mapStatus(input(healthySnapshot()));

  it("shows every node ready with its AWS id and no drift", () => {
    expect(Object.values(view.entities).every((e) => e.phase === "ready")).toBe(true);
    expect(view.rows.every((r) => r.drift.length === 0)).toBe(true);
    expect(view.entities["lab-vpc"].awsId).toBe("vpc-1");
    expect(view.isSettled).toBe(true);
  });

  it("shows the ALB's DNS name, copyable", () => {
    const alb = view.rows.find((r) => r.logicalId === "lab-alb")!;
    const dns = "lab-alb-1.ap-northeast-2.elb.amazonaws.com";
    expect(alb.facts).toEqual([liveText("dnsName", { dns })]);
    expect(alb.fields).toContainEqual({ label: liveText("labelDnsName"), value: dns, isCopyable: true });
  });

  it("shows instance IPs, status checks and target health, one fact per line", () => {
    expect(view.entities["web-a"].facts).toEqual([
      liveText("privateIp", { ip: "192.168.2.4" }),
      liveText("publicIp", { ip: "54.1.1.1" }),
      liveText("checks", { system: "ok", instance: "ok" }),
      liveText("targetHealth", { state: "healthy", reason: "none" }),
    ]);
    expect(view.entities["app-a"].facts).toEqual([liveText("privateIp", { ip: "192.168.1.4" })]);
  });

  it("shows free addresses per subnet and the NAT's Elastic IP, and no second CIDR on the VPC", () => {
    expect(view.entities["public-a"].facts).toEqual([liveText("freeAddresses", { free: 250, usable: 251 })]);
    expect(view.entities["lab-nat"].facts).toEqual([liveText("elasticIp", { ip: "3.3.3.3" })]);
    expect(view.entities["nat-eip"].facts).toEqual([liveText("elasticIp", { ip: "3.3.3.3" })]);
    expect(view.entities["lab-vpc"].facts).toEqual([]);
  });

  it("names a target group's targets by their instance, keeping the id as the value", () => {
    const tg = view.rows.find((r) => r.kind === "target-group")!;
    expect(tg.fields.map((f) => f.label)).toEqual([liveText("labelTarget", { name: "web-a" }), liveText("labelTarget", { name: "web-c" })]);
    expect(tg.fields[0]).toMatchObject({ value: "i-a", text: liveText("targetHealth", { state: "healthy", reason: "none" }) });
    expect(tg.facts).toEqual([liveText("healthyTargets", { healthy: 2, total: 2 })]);
  });

  it("labels the sandbox's loopback Elastic IPs as sandbox addresses, not public ones", () => {
    const snapshot = healthySnapshot();
    snapshot.natGateways![0].publicIp = "127.255.3.4";
    const sandbox = mapStatus(input(snapshot));
    expect(sandbox.entities["lab-nat"].facts).toEqual([liveText("sandboxIp", { ip: "127.255.3.4" })]);
    expect(sandbox.rows.find((r) => r.logicalId === "nat-eip")!.fields[0]).toMatchObject({ label: liveText("labelSandboxIp"), value: "127.255.3.4" });
    expect(mapStatus(input(snapshot, "aws")).entities["lab-nat"].facts).toEqual([liveText("elasticIp", { ip: "127.255.3.4" })]);
  });

  it("links to the console only on a real account", () => {
    expect(view.rows.every((r) => r.consoleUrl === undefined)).toBe(true);
    const aws = mapStatus(input(healthySnapshot(), "aws"));
    expect(aws.rows.find((r) => r.kind === "vpc")!.consoleUrl).toContain("VpcId=vpc-1");
  });
});

describe("drift", () => {
  it("flags a rule removed outside the app on the security group", () => {
    const snapshot = healthySnapshot();
    snapshot.securityGroups![0].ingress.shift();
    const view = mapStatus(input(snapshot));
    expect(view.entities["lab-sg"]).toMatchObject({ phase: "drifted", facts: [liveText("driftRule", { direction: "inbound", change: "removed", protocol: "tcp", ports: "22", peer: "0.0.0.0/0" })] });
  });

  it("flags an instance terminated outside the app", () => {
    const snapshot = healthySnapshot();
    snapshot.instances![0].state = "terminated";
    expect(mapStatus(input(snapshot)).entities["web-a"]).toMatchObject({ phase: "drifted", facts: [liveText("terminatedOutside", { state: "terminated" })] });
  });

  it("flags a route added outside the app", () => {
    const snapshot = healthySnapshot();
    snapshot.routeTables![1].routes.push({ destination: "10.9.0.0/16", target: "igw-1", state: "active" });
    expect(mapStatus(input(snapshot)).entities["private-rt"].facts).toEqual([liveText("driftRoute", { change: "added", destination: "10.9.0.0/16", target: "igw-1" })]);
  });

  it("flags a resource AWS no longer has", () => {
    const snapshot = healthySnapshot();
    snapshot.subnets = snapshot.subnets!.filter((s) => s.id !== "subnet-pa");
    expect(mapStatus(input(snapshot)).entities["private-a"]).toMatchObject({ phase: "drifted", facts: [liveText("deletedOutside")] });
  });
});

describe("while something changes", () => {
  it("is not settled and its fingerprint changes", () => {
    const settled = mapStatus(input(healthySnapshot()));
    const snapshot = healthySnapshot();
    snapshot.natGateways![0].state = "pending";
    const changing = mapStatus(input(snapshot));
    expect(changing.isSettled).toBe(false);
    expect(changing.entities["lab-nat"].phase).toBe("creating");
    expect(changing.fingerprint).not.toBe(settled.fingerprint);
  });
});

describe("security group rules", () => {
  it("are listed on the group's row", () => {
    const row = mapStatus(input(healthySnapshot())).rows.find((r) => r.logicalId === "lab-sg")!;
    expect(row.fields.map((f) => [f.label.key, f.text ?? f.value])).toEqual([
      ["labelName", "lab-sg"],
      ["labelInbound", liveText("ruleFrom", { protocol: "tcp", ports: "22", peer: "0.0.0.0/0" })],
      ["labelInbound", liveText("ruleFrom", { protocol: "tcp", ports: "80", peer: "0.0.0.0/0" })],
      ["labelOutbound", liveText("ruleTo", { protocol: "all", ports: "", peer: "0.0.0.0/0" })],
    ]);
  });
});
