import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { emptyDesign } from "./empty";
import { isPublicSubnet } from "./routing";
import {
  addInstance, addInternetGateway, addLoadBalancer, addNatGateway, addRouteTable, addSecurityGroup, addSubnet, addTargetGroup, addVpc,
  associateSubnet, attachLoadBalancerSubnet, attachSecurityGroup, forwardToTargetGroup, freshId, moveEntity, nextSubnetCidr, pasteCopy,
  registerTarget, removeEntities, removeEntity, setDefaultRoute, updateEntity,
} from "./ops";
import { DesignSchema } from "./schema";

const lab = seedLab();

describe("freshId", () => {
  it("numbers a base until it is unused across every collection", () => {
    expect(freshId(lab, "subnet")).toBe("subnet-1");
    const withOne = addSubnet(lab, { id: "subnet-1", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a" });
    expect(freshId(withOne, "subnet")).toBe("subnet-2");
  });
  it("turns a display name into a valid id", () => {
    expect(freshId(lab, "My Web Server!")).toBe("my-web-server-1");
  });
});

describe("adding entities", () => {
  it("gives a new subnet the next free block of its VPC", () => {
    expect(nextSubnetCidr(lab, "lab-vpc")).toBe("192.168.0.0/24");
    const next = addSubnet(lab, { id: "s1", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2c" });
    expect(next.subnets["s1" as never]).toMatchObject({ cidr: "192.168.0.0/24", availabilityZone: "ap-northeast-2c", vpcId: "lab-vpc" });
    expect(nextSubnetCidr(next, "lab-vpc")).toBe("192.168.5.0/24");
  });
  it("shares every untouched branch with the previous document", () => {
    const next = addSubnet(lab, { id: "s1", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a", at: { x: 1, y: 2 } });
    expect(next.instances).toBe(lab.instances);
    expect(next.routeTables).toBe(lab.routeTables);
    expect(next.layout["s1"]).toEqual({ x: 1, y: 2 });
  });
  it("refuses a subnet in a full or unknown VPC by returning the same document", () => {
    const tiny = updateEntity(lab, "vpcs", "lab-vpc", { cidr: "192.168.1.0/24" });
    expect(addSubnet(tiny, { id: "s1", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a" })).toBe(tiny);
    expect(addSubnet(lab, { id: "s1", vpcId: "nope", availabilityZone: "ap-northeast-2a" })).toBe(lab);
  });
  it("adds a NAT gateway with its Elastic IP and an instance inheriting the subnet's public-IP setting", () => {
    let d = addNatGateway(lab, { id: "nat-2", subnetId: "public-a", eipId: "eip-2" });
    d = addInstance(d, { id: "web-b", subnetId: "public-a" });
    expect(d.natGateways["nat-2" as never]).toMatchObject({ elasticIpId: "eip-2" });
    expect(d.elasticIps["eip-2" as never]).toBeDefined();
    expect(d.instances["web-b" as never]).toMatchObject({ associatePublicIp: true, instanceType: "t3.micro" });
  });
  it("builds a schema-valid design from nothing", () => {
    let d = addVpc(emptyDesign(), { id: "v", cidr: "10.1.0.0/16", zones: ["ap-northeast-2a", "ap-northeast-2c"] });
    d = addSubnet(d, { id: "s", vpcId: "v", availabilityZone: "ap-northeast-2a" });
    d = addInternetGateway(d, { id: "igw", vpcId: "v" });
    d = addRouteTable(d, { id: "rt", vpcId: "v" });
    d = addSecurityGroup(d, { id: "sg", vpcId: "v" });
    d = addTargetGroup(d, { id: "tg", vpcId: "v" });
    d = addLoadBalancer(d, { id: "lb" });
    d = addInstance(d, { id: "i", subnetId: "s" });
    expect(d.availabilityZones).toEqual(["ap-northeast-2a", "ap-northeast-2c"]);
    expect(DesignSchema.safeParse(d).success).toBe(true);
  });
});

describe("connecting", () => {
  it("moves a subnet's association from one table to another", () => {
    const d = associateSubnet(lab, "private-rt", "public-a");
    expect(d.routeTables["private-rt" as never].subnetIds).toContain("public-a");
    expect(d.routeTables["public-rt" as never].subnetIds).not.toContain("public-a");
    expect(isPublicSubnet(d, "public-a" as never)).toBe(false);
  });
  it("replaces a table's default route rather than adding a second one", () => {
    const d = setDefaultRoute(lab, "private-rt", { kind: "internet-gateway", internetGatewayId: "lab-igw" as never });
    expect(d.routeTables["private-rt" as never].routes).toEqual([{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "lab-igw" } }]);
    expect(isPublicSubnet(d, "private-a" as never)).toBe(true);
  });
  it("registers targets, places load balancers, forwards listeners and attaches groups without duplicates", () => {
    expect(registerTarget(lab, "web-tg", "web-a")).toBe(lab);
    expect(registerTarget(lab, "web-tg", "app-a").targetGroups["web-tg" as never].targets).toEqual(["web-a", "web-c", "app-a"]);
    expect(attachLoadBalancerSubnet(lab, "lab-alb", "public-nat").loadBalancers["lab-alb" as never].subnetIds).toHaveLength(3);
    expect(attachSecurityGroup(lab, "web-a", "lab-sg")).toBe(lab);
    const noListeners = updateEntity(lab, "loadBalancers", "lab-alb", { listeners: [] });
    expect(forwardToTargetGroup(noListeners, "lab-alb", "web-tg").loadBalancers["lab-alb" as never].listeners).toEqual([{ protocol: "HTTP", port: 80, targetGroupId: "web-tg" }]);
  });
});

describe("removing with cascades", () => {
  it("removes a subnet's instances, NAT, Elastic IP, associations, ALB placement, target registrations and routes to the NAT", () => {
    const d = removeEntity(moveEntity(lab, "web-a", { x: 5, y: 5 }), "public-a");
    expect(d.instances["web-a" as never]).toBeUndefined();
    expect(d.layout["web-a"]).toBeUndefined();
    expect(d.routeTables["public-rt" as never].subnetIds).toEqual(["public-c", "public-nat"]);
    expect(d.loadBalancers["lab-alb" as never].subnetIds).toEqual(["public-c"]);
    expect(d.targetGroups["web-tg" as never].targets).toEqual(["web-c"]);
    const noNat = removeEntity(lab, "public-nat");
    expect(noNat.natGateways).toEqual({});
    expect(noNat.elasticIps).toEqual({});
    expect(noNat.routeTables["private-rt" as never].routes).toEqual([]);
  });
  it("removes a security group from members and from rules that name it", () => {
    let d = updateEntity(lab, "securityGroups", "lab-sg", { ingress: [...lab.securityGroups["lab-sg" as never].ingress, { protocol: "tcp", fromPort: 5432, toPort: 5432, peer: { kind: "security-group", securityGroupId: "lab-sg" as never }, description: "" }] });
    d = removeEntity(d, "lab-sg");
    expect(d.instances["web-a" as never].securityGroupIds).toEqual([]);
    expect(d.loadBalancers["lab-alb" as never].securityGroupIds).toEqual([]);
  });
  it("removes a whole VPC and leaves a schema-valid document", () => {
    const d = removeEntity(lab, "lab-vpc");
    expect(Object.keys(d.subnets)).toEqual([]);
    expect(Object.keys(d.instances)).toEqual([]);
    expect(d.internetGateways).toEqual({});
    expect(d.loadBalancers["lab-alb" as never].subnetIds).toEqual([]);
    expect(DesignSchema.safeParse(d).success).toBe(true);
  });
  it("returns the same document for unknown ids and shares untouched collections", () => {
    expect(removeEntities(lab, ["nope"])).toBe(lab);
    const d = removeEntity(lab, "lab-alb");
    expect(d.subnets).toBe(lab.subnets);
    expect(d.instances).toBe(lab.instances);
  });
});

describe("pasting copies", () => {
  it("gives a pasted subnet the next free CIDR of its VPC and a fresh name", () => {
    const d = pasteCopy(lab, "subnets", lab.subnets["public-a" as never], "public-a-2");
    expect(d.subnets["public-a-2" as never]).toMatchObject({ cidr: "192.168.0.0/24", name: "public-a-copy-1", availabilityZone: "ap-northeast-2a" });
  });
  it("gives a pasted instance a fresh name in the same subnet", () => {
    const d = pasteCopy(lab, "instances", lab.instances["web-a" as never], "web-a-2");
    expect(d.instances["web-a-2" as never]).toMatchObject({ name: "web-a-copy-1", subnetId: "public-a" });
  });
  // Regression (issue 14): Ctrl+C, Ctrl+V on a security group silently did nothing.
  it("gives a pasted security group a fresh name and the same rules, a rule naming itself naming the copy", () => {
    const source = lab.securityGroups["lab-sg" as never];
    const withSelf = { ...source, ingress: [...source.ingress, { protocol: "all" as const, fromPort: 0, toPort: 65535, peer: { kind: "security-group" as const, securityGroupId: source.id }, description: "" }] };
    const d = pasteCopy(lab, "securityGroups", withSelf, "lab-sg-2");
    const copy = d.securityGroups["lab-sg-2" as never];
    expect(copy).toMatchObject({ name: "lab-sg-copy-1", vpcId: source.vpcId, egress: source.egress });
    expect(copy.ingress.slice(0, -1)).toEqual(source.ingress);
    expect(copy.ingress.at(-1)!.peer).toEqual({ kind: "security-group", securityGroupId: "lab-sg-2" });
    expect(d.securityGroups["lab-sg" as never]).toBe(source);
  });
});
