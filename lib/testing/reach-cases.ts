import type { Design } from "../design/schema";
import { addOtherVpc, tcpFrom } from "./design-fixtures";
import type { Protocol } from "../reach/types";

/** One question on an edited seed lab, its verdict and, when blocked, who blocks and why. */
export type ReachCase = {
  name: string;
  edit?: (d: Design) => void;
  from: string;
  to: string;
  protocol?: Protocol;
  port?: number;
  verdict: "reachable" | "blocked";
  /** [entity id, explanation code] of the first blocker. */
  blocker?: [string, string];
  /** For reachable answers: the way in ("direct" or a load balancer id) or an entity the path must pass. */
  via?: string;
  passes?: string;
};

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const loose = (d: Design) => d as unknown as Loose;

/** A second VPC with a subnet and an instance in it, for cross-VPC questions. */
export function addOtherVpcWithInstance(d: Design): void {
  addOtherVpc(d);
  const l = loose(d);
  l.subnets["other-subnet"] = { id: "other-subnet", name: "other-subnet", vpcId: "other-vpc", availabilityZone: "ap-northeast-2a", cidr: "10.1.1.0/24", mapPublicIpOnLaunch: true };
  l.securityGroups["other-sg"].ingress = [tcpFrom(22, 22, "0.0.0.0/0")];
  l.instances["other-i"] = { id: "other-i", name: "other-i", instanceType: "t3.micro", subnetId: "other-subnet", securityGroupIds: ["other-sg"], image: "ubuntu-24.04", associatePublicIp: true, userData: "" };
}

/** Gives the web instances their own group, with the given inbound rules; the ALB keeps lab-sg. */
export function webGroup(ingress: Loose[], egress: Loose[] = [{ protocol: "all", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description: "" }]) {
  return (d: Design) => {
    const l = loose(d);
    l.securityGroups["web-sg"] = { id: "web-sg", name: "web-sg", description: "", vpcId: "lab-vpc", ingress, egress };
    l.instances["web-a"].securityGroupIds = ["web-sg"];
    l.instances["web-c"].securityGroupIds = ["web-sg"];
  };
}

const fromGroup = (port: number, group: string) => ({ protocol: "tcp", fromPort: port, toPort: port, peer: { kind: "security-group", securityGroupId: group }, description: "" });
const moveSubnet = (subnet: string, to: string) => (d: Design) => {
  for (const t of Object.values(d.routeTables)) t.subnetIds = t.subnetIds.filter((s) => s !== subnet);
  if (to) loose(d).routeTables[to].subnetIds.push(subnet);
};
const addRoute = (table: string, destination: string, target: Loose) => (d: Design) => {
  loose(d).routeTables[table].routes.push({ destination, target });
};
const igw = { kind: "internet-gateway", internetGatewayId: "lab-igw" };
const nat = { kind: "nat-gateway", natGatewayId: "lab-nat" };
/** public-a gets its own table: the default to the IGW plus a more specific /24 to the NAT gateway. */
const webTableWithNatOverride = (d: Design) => {
  moveSubnet("public-a", "")(d);
  loose(d).routeTables["web-rt"] = { id: "web-rt", name: "web-rt", vpcId: "lab-vpc", isMain: false, routes: [{ destination: "0.0.0.0/0", target: igw }, { destination: "203.0.113.0/24", target: nat }], subnetIds: ["public-a"] };
};
const sg = (d: Design) => loose(d).securityGroups["lab-sg"];

/** The acceptance list of issue 11 and the mistakes around it, over the seed lab. */
export const REACH_CASES: ReachCase[] = [
  // Public instance, port open or closed.
  { name: "public instance, port 80 open", from: "internet", to: "web-a", verdict: "reachable", via: "direct" },
  { name: "public instance in the other AZ, port 80 open", from: "internet", to: "web-c", verdict: "reachable", via: "direct" },
  { name: "public instance, SSH open", from: "internet", to: "web-a", port: 22, verdict: "reachable" },
  { name: "public instance, port 443 closed", from: "internet", to: "web-a", port: 443, verdict: "blocked", blocker: ["lab-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "public instance, port 80 closed (the ALB shares the group)", edit: (d) => { sg(d).ingress = sg(d).ingress.filter((r: Loose) => r.fromPort !== 80); }, from: "internet", to: "web-a", verdict: "blocked", blocker: ["lab-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "public-subnet instance without a public IP, SSH", edit: (d) => { d.instances["web-a" as never].associatePublicIp = false; }, from: "internet", to: "web-a", port: 22, verdict: "blocked", blocker: ["web-a", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"] },
  { name: "instance without a public IP is still reached on 80 through the ALB", edit: (d) => { d.instances["web-a" as never].associatePublicIp = false; }, from: "internet", to: "web-a", verdict: "reachable", via: "lab-alb" },
  { name: "udp to a public instance with tcp-only rules", from: "internet", to: "web-a", protocol: "udp", port: 80, verdict: "blocked", blocker: ["lab-sg", "ENI_SG_RULES_MISMATCH"] },
  // Private instance: out through the NAT gateway, never in from the Internet.
  { name: "private instance reaches the Internet via NAT", from: "app-a", to: "internet", port: 443, verdict: "reachable", passes: "lab-nat" },
  { name: "private instance sends DNS (udp) via NAT", from: "app-a", to: "internet", protocol: "udp", port: 53, verdict: "reachable", passes: "lab-nat" },
  { name: "private instance pings the Internet via NAT", from: "app-a", to: "internet", protocol: "icmp", verdict: "reachable", passes: "lab-nat" },
  { name: "private instance from the Internet", from: "internet", to: "app-a", port: 22, verdict: "blocked", blocker: ["app-a", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"] },
  { name: "public instance reaches the Internet directly", from: "web-a", to: "internet", port: 443, verdict: "reachable", passes: "lab-igw" },
  // NAT gateway mistakes.
  { name: "NAT gateway without an Elastic IP", edit: (d) => { d.natGateways["lab-nat" as never].elasticIpId = null; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-nat", "nat-without-eip"] },
  { name: "NAT gateway whose Elastic IP is gone", edit: (d) => { d.elasticIps = {} as never; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-nat", "nat-without-eip"] },
  { name: "NAT gateway in a private subnet", edit: (d) => { d.natGateways["lab-nat" as never].subnetId = "private-a" as never; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-nat", "nat-in-private-subnet"] },
  { name: "NAT subnet without any route table", edit: moveSubnet("public-nat", ""), from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-nat", "nat-in-private-subnet"] },
  { name: "NAT gateway deleted: the private route is a blackhole", edit: (d) => { d.natGateways = {} as never; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["private-rt", "BAD_STATE_ROUTE"] },
  { name: "route to a NAT gateway that never existed", edit: (d) => { loose(d).routeTables["private-rt"].routes = [{ destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: "ghost-nat" } }]; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["private-rt", "BAD_STATE_ROUTE"] },
  // Internet gateway and routes.
  { name: "internet gateway deleted: the public route is a blackhole", edit: (d) => { d.internetGateways = {} as never; }, from: "web-a", to: "internet", port: 443, verdict: "blocked", blocker: ["public-rt", "BAD_STATE_ROUTE"] },
  { name: "internet gateway detached, going out", edit: (d) => { d.internetGateways["lab-igw" as never].vpcId = null; }, from: "web-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-igw", "BAD_STATE_ATTACHMENT"] },
  { name: "internet gateway detached, coming in", edit: (d) => { d.internetGateways["lab-igw" as never].vpcId = null; }, from: "internet", to: "web-a", verdict: "blocked", blocker: ["lab-vpc", "no-internet-gateway"] },
  { name: "internet gateway attached to another VPC", edit: (d) => { addOtherVpcWithInstance(d); d.internetGateways = { "lab-igw": { id: "lab-igw", name: "lab-igw", vpcId: "other-vpc" } } as never; }, from: "web-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-igw", "BAD_STATE_ATTACHMENT"] },
  { name: "private route table with no routes", edit: (d) => { d.routeTables["private-rt" as never].routes = []; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["private-rt", "NO_ROUTE_TO_DESTINATION"] },
  { name: "private subnet with no table and no main table", edit: moveSubnet("private-a", ""), from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["private-a", "NO_ROUTE_TO_DESTINATION"] },
  { name: "unassociated subnet falls back to the main (public) table; no public IP", edit: (d) => { moveSubnet("private-a", "")(d); d.routeTables["public-rt" as never].isMain = true; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["app-a", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"] },
  { name: "public instance without a public IP going out", edit: (d) => { d.instances["web-a" as never].associatePublicIp = false; }, from: "web-a", to: "internet", port: 443, verdict: "blocked", blocker: ["web-a", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"] },
  // Egress removed, and return traffic.
  { name: "egress removed", edit: (d) => { sg(d).egress = []; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-sg", "SG_HAS_NO_RULES"] },
  { name: "egress narrowed to tcp/80 blocks 443", edit: (d) => { sg(d).egress = [tcpFrom(80, 80, "0.0.0.0/0")]; }, from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "egress narrowed to tcp/80 still allows 80", edit: (d) => { sg(d).egress = [tcpFrom(80, 80, "0.0.0.0/0")]; }, from: "app-a", to: "internet", port: 80, verdict: "reachable" },
  { name: "return traffic is stateful: no egress rule needed for replies", edit: (d) => { sg(d).egress = []; }, from: "internet", to: "web-a", port: 22, verdict: "reachable" },
  { name: "return traffic leaves by the NAT instead of the IGW", edit: moveSubnet("public-a", "private-rt"), from: "internet", to: "web-a", port: 22, verdict: "blocked", blocker: ["private-rt", "NO_ROUTE_TO_DESTINATION"] },
  // Load balancer.
  { name: "Internet to the ALB listener", from: "internet", to: "lab-alb", verdict: "reachable" },
  { name: "ALB subnet without an internet route", edit: moveSubnet("public-c", "private-rt"), from: "internet", to: "lab-alb", verdict: "blocked", blocker: ["private-rt", "NO_ROUTE_TO_DESTINATION"] },
  { name: "ALB to a target blocked by the target's group", edit: webGroup([tcpFrom(22, 22, "0.0.0.0/0")]), from: "lab-alb", to: "web-a", verdict: "blocked", blocker: ["web-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "Internet through the ALB to a target that refuses the ALB", edit: webGroup([tcpFrom(22, 22, "0.0.0.0/0")]), from: "internet", to: "web-a", verdict: "blocked", blocker: ["web-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "target group references the ALB's group", edit: webGroup([fromGroup(80, "lab-sg")]), from: "lab-alb", to: "web-a", verdict: "reachable" },
  { name: "Internet reaches the target only through the ALB when the group references the ALB's", edit: webGroup([fromGroup(80, "lab-sg")]), from: "internet", to: "web-c", verdict: "reachable", via: "lab-alb" },
  { name: "group reference to a group the ALB does not carry", edit: (d) => { webGroup([fromGroup(80, "web-sg")])(d); }, from: "lab-alb", to: "web-a", verdict: "blocked", blocker: ["web-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "ALB whose egress does not cover the target port", edit: (d) => { loose(d).securityGroups["alb-sg"] = { id: "alb-sg", name: "alb-sg", description: "", vpcId: "lab-vpc", ingress: [tcpFrom(80, 80, "0.0.0.0/0")], egress: [tcpFrom(443, 443, "0.0.0.0/0")] }; loose(d).loadBalancers["lab-alb"].securityGroupIds = ["alb-sg"]; }, from: "lab-alb", to: "web-a", verdict: "blocked", blocker: ["alb-sg", "TARGET_PORT_RESTRICTION"] },
  { name: "target in an AZ the ALB does not cover", edit: (d) => { loose(d).loadBalancers["lab-alb"].subnetIds = ["public-a"]; d.instances["web-c" as never].associatePublicIp = false; }, from: "internet", to: "web-c", verdict: "blocked", blocker: ["web-c", "ELB_INSTALLED_AZ_RESTRICTION"] },
  { name: "no listener on 443", edit: (d) => { sg(d).ingress.push(tcpFrom(443, 443, "0.0.0.0/0")); }, from: "internet", to: "lab-alb", port: 443, verdict: "blocked", blocker: ["lab-alb", "ELBV2_LISTENERS_MISMATCH"] },
  { name: "udp to an ALB", edit: (d) => { sg(d).ingress.push({ protocol: "all", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description: "" }); }, from: "internet", to: "lab-alb", protocol: "udp", port: 80, verdict: "blocked", blocker: ["lab-alb", "PROTOCOL_RESTRICTION"] },
  { name: "internal ALB from the Internet", edit: (d) => { d.loadBalancers["lab-alb" as never].scheme = "internal"; }, from: "internet", to: "lab-alb", verdict: "blocked", blocker: ["lab-alb", "load-balancer-internal"] },
  { name: "listener whose target group is empty", edit: (d) => { d.targetGroups["web-tg" as never].targets = []; }, from: "internet", to: "lab-alb", verdict: "blocked", blocker: ["lab-alb", "ELBV2_LISTENER_HAS_NO_TG"] },
  { name: "ALB does not open connections to the Internet", from: "lab-alb", to: "internet", verdict: "blocked", blocker: ["lab-alb", "load-balancer-does-not-initiate"] },
  // Longest prefix wins.
  { name: "longest prefix: a /24 to the NAT beats 0.0.0.0/0 to the IGW", edit: webTableWithNatOverride, from: "web-a", to: "internet", port: 443, verdict: "reachable", passes: "lab-nat" },
  { name: "longest prefix: replies pulled to the NAT break inbound", edit: webTableWithNatOverride, from: "internet", to: "web-a", port: 22, verdict: "blocked", blocker: ["web-rt", "NO_ROUTE_TO_DESTINATION"] },
  { name: "a NAT gateway whose own subnet routes the address back to itself", edit: addRoute("public-rt", "203.0.113.0/24", nat), from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["lab-nat", "nat-in-private-subnet"] },
  { name: "longest prefix: a /1 to the IGW beats the NAT default for a private instance", edit: addRoute("private-rt", "128.0.0.0/1", igw), from: "app-a", to: "internet", port: 443, verdict: "blocked", blocker: ["app-a", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"] },
  { name: "a more specific route that does not cover the address changes nothing", edit: addRoute("private-rt", "10.0.0.0/8", igw), from: "app-a", to: "internet", port: 443, verdict: "reachable", passes: "lab-nat" },
  { name: "a route more specific than local pulls in-VPC traffic away", edit: addRoute("public-rt", "192.168.1.0/24", nat), from: "web-a", to: "app-a", port: 22, verdict: "blocked", blocker: ["public-rt", "MORE_SPECIFIC_ROUTE"] },
  // Inside the VPC, across VPCs.
  { name: "public instance to private instance over SSH", from: "web-a", to: "app-a", port: 22, verdict: "reachable" },
  { name: "private instance allows SSH only from public-a's CIDR: from public-a", edit: (d) => { loose(d).securityGroups["app-sg"] = { id: "app-sg", name: "app-sg", description: "", vpcId: "lab-vpc", ingress: [tcpFrom(22, 22, "192.168.2.0/24")], egress: [] }; loose(d).instances["app-a"].securityGroupIds = ["app-sg"]; }, from: "web-a", to: "app-a", port: 22, verdict: "reachable" },
  { name: "private instance allows SSH only from public-a's CIDR: from public-c", edit: (d) => { loose(d).securityGroups["app-sg"] = { id: "app-sg", name: "app-sg", description: "", vpcId: "lab-vpc", ingress: [tcpFrom(22, 22, "192.168.2.0/24")], egress: [] }; loose(d).instances["app-a"].securityGroupIds = ["app-sg"]; }, from: "web-c", to: "app-a", port: 22, verdict: "blocked", blocker: ["app-sg", "ENI_SG_RULES_MISMATCH"] },
  { name: "cross-VPC attempt between instances", edit: addOtherVpcWithInstance, from: "web-a", to: "other-i", port: 22, verdict: "blocked", blocker: ["public-rt", "DISCONNECTED_VPCS"] },
  { name: "cross-VPC attempt between subnets", edit: addOtherVpcWithInstance, from: "private-a", to: "other-subnet", port: 22, verdict: "blocked", blocker: ["private-rt", "DISCONNECTED_VPCS"] },
  { name: "subnet to subnet in one VPC (no security groups on subnets)", from: "public-a", to: "private-a", port: 5432, verdict: "reachable" },
  { name: "Internet to a public subnet", from: "internet", to: "public-a", verdict: "reachable" },
  { name: "Internet to a private subnet", from: "internet", to: "private-a", verdict: "blocked", blocker: ["private-a", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"] },
  { name: "instance with no security group", edit: (d) => { d.instances["web-a" as never].securityGroupIds = []; }, from: "web-a", to: "internet", port: 443, verdict: "blocked", blocker: ["web-a", "no-security-group"] },
  { name: "instance to the ALB inside the VPC", from: "app-a", to: "lab-alb", verdict: "reachable" },
];
