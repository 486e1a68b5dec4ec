import type { Design, SecurityGroupRule } from "./schema";
import { nextSubnetCidr, putEntity } from "./ops";

type Point = { x: number; y: number };
type Place = { id: string; name?: string; at?: Point };

/** AWS's default egress rule: everything, everywhere (AWS adds it to every new group). */
export const ALLOW_ALL_EGRESS: SecurityGroupRule = { protocol: "all", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description: "all outbound" };

/** Adds a VPC (default 10.0.0.0/16). The first VPC also picks the design's AZ columns when none are set. */
export function addVpc(design: Design, input: Place & { cidr?: string; zones?: readonly string[] }): Design {
  const withZones = design.availabilityZones.length === 0 && input.zones?.length ? { ...design, availabilityZones: [...input.zones] } : design;
  return putEntity(withZones, "vpcs", { id: input.id, name: input.name ?? input.id, cidr: input.cidr ?? "10.0.0.0/16" } as Design["vpcs"][string], input.at);
}

/**
 * Adds a subnet in a VPC and AZ with the next free block (`/24` unless told), or returns the
 * document unchanged when the VPC is full.
 */
export function addSubnet(design: Design, input: Place & { vpcId: string; availabilityZone: string; prefix?: number; cidr?: string }): Design {
  const cidr = input.cidr ?? nextSubnetCidr(design, input.vpcId, input.prefix ?? 24);
  if (!cidr || !design.vpcs[input.vpcId]) return design;
  const subnet = { id: input.id, name: input.name ?? input.id, vpcId: input.vpcId, availabilityZone: input.availabilityZone, cidr, mapPublicIpOnLaunch: false };
  return putEntity(design, "subnets", subnet as Design["subnets"][string], input.at);
}

/** Adds an internet gateway attached to a VPC. */
export function addInternetGateway(design: Design, input: Place & { vpcId: string }): Design {
  return putEntity(design, "internetGateways", { id: input.id, name: input.name ?? input.id, vpcId: input.vpcId } as Design["internetGateways"][string], input.at);
}

/** Adds a NAT gateway in a subnet together with the Elastic IP it needs (`eipId`). */
export function addNatGateway(design: Design, input: Place & { subnetId: string; eipId: string }): Design {
  if (!design.subnets[input.subnetId]) return design;
  const withEip = putEntity(design, "elasticIps", { id: input.eipId, name: input.eipId } as Design["elasticIps"][string]);
  const nat = { id: input.id, name: input.name ?? input.id, subnetId: input.subnetId, elasticIpId: input.eipId };
  return putEntity(withEip, "natGateways", nat as Design["natGateways"][string], input.at);
}

/** Adds an empty (non-main) route table in a VPC. */
export function addRouteTable(design: Design, input: Place & { vpcId: string }): Design {
  const table = { id: input.id, name: input.name ?? input.id, vpcId: input.vpcId, isMain: false, routes: [], subnetIds: [] };
  return putEntity(design, "routeTables", table as unknown as Design["routeTables"][string], input.at);
}

/** Adds a security group with no ingress and AWS's allow-all egress. */
export function addSecurityGroup(design: Design, input: Place & { vpcId: string }): Design {
  const group = { id: input.id, name: input.name ?? input.id, description: "", vpcId: input.vpcId, ingress: [], egress: [ALLOW_ALL_EGRESS] };
  return putEntity(design, "securityGroups", group as unknown as Design["securityGroups"][string], input.at);
}

/** Adds a t3.micro Ubuntu instance in a subnet; it gets a public IP when the subnet maps one on launch. */
export function addInstance(design: Design, input: Place & { subnetId: string }): Design {
  const subnet = design.subnets[input.subnetId];
  if (!subnet) return design;
  const instance = { id: input.id, name: input.name ?? input.id, instanceType: "t3.micro", subnetId: subnet.id, securityGroupIds: [], image: "ubuntu-24.04", associatePublicIp: subnet.mapPublicIpOnLaunch, userData: "" };
  return putEntity(design, "instances", instance as unknown as Design["instances"][string], input.at);
}

/** Adds an HTTP:80 target group with AWS's default health check, every timing explicit. */
export function addTargetGroup(design: Design, input: Place & { vpcId: string }): Design {
  const healthCheck = { protocol: "HTTP", path: "/", port: "traffic-port", intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: "200" };
  const group = { id: input.id, name: input.name ?? input.id, vpcId: input.vpcId, protocol: "HTTP", port: 80, healthCheck, targets: [] };
  return putEntity(design, "targetGroups", group as unknown as Design["targetGroups"][string], input.at);
}

/** Adds an internet-facing application load balancer with no subnets or listeners yet. */
export function addLoadBalancer(design: Design, input: Place): Design {
  const lb = { id: input.id, name: input.name ?? input.id, scheme: "internet-facing", subnetIds: [], securityGroupIds: [], listeners: [] };
  return putEntity(design, "loadBalancers", lb as unknown as Design["loadBalancers"][string], input.at);
}
