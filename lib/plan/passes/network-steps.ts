import type { Design } from "../../design/schema";
import { stepIds as S, withSteps, type CreateDraft } from "../plan-draft";
import type { Step, StepInput } from "../types";

const ref = (stepId: string, attr: string) => ({ ref: stepId, attr });

/** VPCs (+ DNS attributes) and subnets (+ MapPublicIpOnLaunch where the design sets it). */
export function vpcAndSubnetSteps(design: Design): Step[] {
  const steps: Step[] = [];
  for (const vpc of Object.values(design.vpcs)) {
    steps.push({ id: S.vpc(vpc.id), action: "create", kind: "vpc", logicalId: vpc.id, inputs: { name: vpc.name, cidr: vpc.cidr }, description: `Create VPC ${vpc.name} (${vpc.cidr})` });
    steps.push({ id: S.vpcDns(vpc.id), action: "update", kind: "vpc-dns", logicalId: vpc.id, inputs: { vpcId: ref(S.vpc(vpc.id), "VpcId"), enableDnsSupport: true, enableDnsHostnames: true }, description: `Turn on DNS support and hostnames for ${vpc.name}` });
  }
  for (const subnet of Object.values(design.subnets)) {
    const inputs = { name: subnet.name, vpcId: ref(S.vpc(subnet.vpcId), "VpcId"), cidr: subnet.cidr, availabilityZone: subnet.availabilityZone };
    steps.push({ id: S.subnet(subnet.id), action: "create", kind: "subnet", logicalId: subnet.id, inputs, description: `Create subnet ${subnet.name} (${subnet.cidr}, ${subnet.availabilityZone})` });
    if (subnet.mapPublicIpOnLaunch) {
      steps.push({ id: S.subnetPublicIp(subnet.id), action: "update", kind: "subnet-public-ip", logicalId: subnet.id, inputs: { subnetId: ref(S.subnet(subnet.id), "SubnetId"), mapPublicIpOnLaunch: true }, description: `Give instances launched in ${subnet.name} a public IP` });
    }
  }
  return steps;
}

/** Internet gateways and their attachment (a detached gateway gets no attach step). */
export function gatewaySteps(design: Design): Step[] {
  return Object.values(design.internetGateways).flatMap((igw) => {
    const create: Step = { id: S.igw(igw.id), action: "create", kind: "internet-gateway", logicalId: igw.id, inputs: { name: igw.name }, description: `Create internet gateway ${igw.name}` };
    if (!igw.vpcId) return [create];
    const inputs = { internetGatewayId: ref(S.igw(igw.id), "InternetGatewayId"), vpcId: ref(S.vpc(igw.vpcId), "VpcId") };
    return [create, { id: S.igwAttachment(igw.id), action: "create", kind: "igw-attachment", logicalId: igw.id, inputs, description: `Attach ${igw.name} to the VPC` }];
  });
}

/** Route tables, their routes (beyond `local`) and explicit subnet associations. */
export function routeTableSteps(design: Design): Step[] {
  const steps: Step[] = [];
  for (const table of Object.values(design.routeTables)) {
    const tableRef = ref(S.routeTable(table.id), "RouteTableId");
    const what = table.isMain ? "Adopt the VPC's main route table as" : "Create route table";
    steps.push({ id: S.routeTable(table.id), action: "create", kind: "route-table", logicalId: table.id, inputs: { name: table.name, vpcId: ref(S.vpc(table.vpcId), "VpcId"), isMain: table.isMain }, description: `${what} ${table.name}` });
    for (const route of table.routes) {
      if (route.target.kind === "local") continue;
      const target: Record<string, StepInput> = route.target.kind === "internet-gateway" ? { gatewayId: ref(S.igw(route.target.internetGatewayId), "InternetGatewayId") } : { natGatewayId: ref(S.nat(route.target.natGatewayId), "NatGatewayId") };
      const via = route.target.kind === "internet-gateway" ? route.target.internetGatewayId : route.target.natGatewayId;
      steps.push({ id: S.route(table.id, route.destination), action: "create", kind: "route", logicalId: table.id, inputs: { routeTableId: tableRef, destination: route.destination, ...target }, description: `Route ${route.destination} → ${via} in ${table.name}` });
    }
    for (const subnetId of table.subnetIds) {
      steps.push({ id: S.association(table.id, subnetId), action: "create", kind: "route-table-association", logicalId: table.id, inputs: { routeTableId: tableRef, subnetId: ref(S.subnet(subnetId), "SubnetId") }, description: `Associate ${subnetId} with ${table.name}` });
    }
  }
  return steps;
}

/** Elastic IPs and NAT gateways (the NAT step includes waiting for `available`). */
export function natSteps(design: Design): Step[] {
  const steps: Step[] = Object.values(design.elasticIps).map((eip) => ({ id: S.eip(eip.id), action: "create" as const, kind: "elastic-ip", logicalId: eip.id, inputs: { name: eip.name }, description: `Allocate Elastic IP ${eip.name}` }));
  for (const nat of Object.values(design.natGateways)) {
    if (!nat.elasticIpId) continue;
    const inputs = { name: nat.name, subnetId: ref(S.subnet(nat.subnetId), "SubnetId"), allocationId: ref(S.eip(nat.elasticIpId), "AllocationId") };
    steps.push({ id: S.nat(nat.id), action: "create", kind: "nat-gateway", logicalId: nat.id, inputs, description: `Create NAT gateway ${nat.name} and wait until available (1–2 min on AWS)` });
  }
  return steps;
}

/** Adds the network steps to the graph. */
export function addNetworkSteps(g: CreateDraft): CreateDraft {
  const steps = [...vpcAndSubnetSteps(g.design), ...gatewaySteps(g.design), ...routeTableSteps(g.design), ...natSteps(g.design)];
  return withSteps(g, steps);
}
