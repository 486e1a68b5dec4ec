import "server-only";
import { awsError, dependencyViolation, type Reply } from "../aws-errors";
import { forward, succeeded, type CallContext, type Handler } from "../context";
import { albsWithInterfaces, dig, ec2Filter, liveInstances, liveNats, nodeText, subnetIdsOf } from "./lookups";
import { blockersOfSecurityGroup, customSecurityGroups } from "./security-groups";

/**
 * Dependencies: the DependencyViolation errors AWS returns and moto does not. Each rule asks
 * moto directly (never counted, never faulted) and the clocks what still uses the resource,
 * refuses with AWS's message plus the blockers' names, and otherwise forwards the call.
 */
export const dependencyRules: Record<string, Handler> = {
  DeleteSubnet: deleteSubnet,
  DeleteSecurityGroup: async (ctx) => {
    const groupId = ctx.call.params.get("GroupId") ?? (await groupIdByName(ctx, ctx.call.params.get("GroupName")));
    const blockers = groupId ? await blockersOfSecurityGroup(ctx.layer, ctx.call.region, groupId) : [];
    if (blockers.length > 0) return dependencyViolation(ctx.call, `resource ${groupId} has a dependent object (${blockers.join(", ")})`);
    return forward(ctx);
  },
  DetachInternetGateway: async (ctx) => {
    const vpcId = ctx.call.params.get("VpcId") ?? "";
    const mapped = vpcId ? await mappedPublicAddresses(ctx, vpcId) : [];
    if (mapped.length === 0) return forward(ctx);
    return dependencyViolation(ctx.call, `Network ${vpcId} has some mapped public address(es). Please unmap those public address(es) before detaching the gateway. (still mapped: ${mapped.join(", ")})`);
  },
  ReleaseAddress: async (ctx) => {
    const allocationId = ctx.call.params.get("AllocationId");
    if (!allocationId) return forward(ctx);
    const nats = (await liveNats(ctx.layer, ctx.call.region, {})).filter((nat) => nat.allocationIds.includes(allocationId));
    if (nats.length === 0) return forward(ctx);
    // AWS refuses to release an address a NAT gateway still holds (until it is `deleted`).
    return awsError(ctx.call, 400, "InvalidIPAddress.InUse", `Address ${allocationId} is in use by NAT gateway ${nats.map((n) => `${n.id} (${n.state})`).join(", ")}.`);
  },
  DeleteVpc: async (ctx) => {
    const vpcId = ctx.call.params.get("VpcId") ?? "";
    const blockers = vpcId ? await vpcBlockers(ctx, vpcId) : [];
    if (blockers.length > 0) return dependencyViolation(ctx.call, `The vpc '${vpcId}' has dependencies and cannot be deleted. (${blockers.join(", ")})`);
    return forward(ctx);
  },
};

async function deleteSubnet(ctx: CallContext): Promise<Reply> {
  const { region, params } = ctx.call;
  const subnetId = params.get("SubnetId") ?? "";
  const [instances, nats, albs] = await Promise.all([
    liveInstances(ctx.layer, region, "subnet-id", subnetId),
    liveNats(ctx.layer, region, ec2Filter("subnet-id", subnetId)),
    albsWithInterfaces(ctx.layer, region),
  ]);
  const blockers = [
    ...instances.map((i) => `instance ${i.id} (${i.state})`),
    ...nats.map((n) => `NAT gateway ${n.id} (${n.state})`),
    ...albs.filter((a) => a.subnetIds.includes(subnetId)).map((a) => `load balancer ${a.name}'s network interface${a.lingering ? " (still being released)" : ""}`),
  ];
  if (blockers.length > 0) return dependencyViolation(ctx.call, `The subnet '${subnetId}' has dependencies and cannot be deleted. (${blockers.join(", ")})`);
  const associations = await staleAssociations(ctx, subnetId);
  const reply = await forward(ctx);
  // AWS drops a deleted subnet's route-table associations; moto keeps them and then refuses DeleteRouteTable.
  if (succeeded(reply)) {
    for (const id of associations) await ctx.layer.moto.query("ec2", region, "DisassociateRouteTable", { AssociationId: id });
  }
  return reply;
}

async function groupIdByName(ctx: CallContext, name: string | null): Promise<string> {
  if (!name) return "";
  const doc = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeSecurityGroups", ec2Filter("group-name", name));
  return nodeText(dig(doc, ["DescribeSecurityGroupsResponse", "securityGroupInfo", "item"])[0] ?? {}, "groupId");
}

async function staleAssociations(ctx: CallContext, subnetId: string): Promise<string[]> {
  const doc = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeRouteTables", ec2Filter("association.subnet-id", subnetId));
  return dig(doc, ["DescribeRouteTablesResponse", "routeTableSet", "item", "associationSet", "item"])
    .filter((a) => nodeText(a, "subnetId") === subnetId)
    .map((a) => nodeText(a, "routeTableAssociationId"));
}

async function mappedPublicAddresses(ctx: CallContext, vpcId: string): Promise<string[]> {
  const { region } = ctx.call;
  const [instances, nats, albs, subnetIds] = await Promise.all([
    liveInstances(ctx.layer, region, "vpc-id", vpcId),
    liveNats(ctx.layer, region, ec2Filter("vpc-id", vpcId)),
    albsWithInterfaces(ctx.layer, region),
    subnetIdsOf(ctx.layer, region, vpcId),
  ]);
  return [
    ...nats.map((n) => `NAT gateway ${n.id}'s Elastic IP (${n.state})`),
    ...instances.filter((i) => i.publicIp).map((i) => `instance ${i.id}'s public IP ${i.publicIp} (${i.state})`),
    ...albs.filter((a) => a.internetFacing && (a.vpcId === vpcId || a.subnetIds.some((s) => subnetIds.includes(s)))).map((a) => `load balancer ${a.name}`),
  ];
}

async function vpcBlockers(ctx: CallContext, vpcId: string): Promise<string[]> {
  const { region } = ctx.call;
  const [igws, groups] = await Promise.all([
    ctx.layer.moto.query("ec2", region, "DescribeInternetGateways", ec2Filter("attachment.vpc-id", vpcId)),
    customSecurityGroups(ctx.layer, region, vpcId),
  ]);
  const attached = dig(igws, ["DescribeInternetGatewaysResponse", "internetGatewaySet", "item"]).map((igw) => `attached internet gateway ${nodeText(igw, "internetGatewayId")}`);
  return [...attached, ...groups.map((g) => `security group ${g.id} (${g.name})`)];
}
