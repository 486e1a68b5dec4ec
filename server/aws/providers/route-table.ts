import "server-only";
import { errorCode } from "../errors";
import { deleteIgnoringNotFound, outputs, ownFilters, str, tagSpec, tagsFor } from "./common";
import type { Handler } from "./types";

/**
 * Route table. A design's main table is the VPC's own main table, adopted and tagged rather
 * than created. CreateRouteTable takes a ClientToken (newer API), passed as well.
 */
export const routeTable: Handler = {
  async find(inputs, ctx) {
    const filters = inputs.isMain ? [{ Name: "vpc-id", Values: [str(inputs, "vpcId")] }, { Name: "association.main", Values: ["true"] }] : ownFilters(ctx);
    const found = (await ctx.port.ec2("DescribeRouteTables", { Filters: filters })).RouteTables?.[0];
    if (found && inputs.isMain) await ctx.port.ec2("CreateTags", { Resources: [found.RouteTableId!], Tags: tagsFor(ctx, inputs) });
    return found && outputs({ RouteTableId: found.RouteTableId, VpcId: found.VpcId, IsMain: inputs.isMain ? "true" : "false" });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2(
      "CreateRouteTable",
      { VpcId: str(inputs, "vpcId"), ClientToken: ctx.clientToken, TagSpecifications: tagSpec("route-table", ctx, inputs) },
      { once: true },
    );
    return outputs({ RouteTableId: out.RouteTable?.RouteTableId, VpcId: out.RouteTable?.VpcId, IsMain: "false" });
  },
  async delete(target, ctx) {
    if (target.attributes.IsMain === "true") return;
    await deleteIgnoringNotFound(() => ctx.port.ec2("DeleteRouteTable", { RouteTableId: target.awsId }));
  },
};

/** One route. CreateRoute has no token; RouteAlreadyExists means an earlier attempt worked. */
export const route: Handler = {
  async find(inputs, ctx) {
    const RouteTableId = str(inputs, "routeTableId");
    const table = (await ctx.port.ec2("DescribeRouteTables", { RouteTableIds: [RouteTableId] })).RouteTables?.[0];
    const found = table?.Routes?.find((r) => r.DestinationCidrBlock === inputs.destination && (r.GatewayId ?? r.NatGatewayId) === (inputs.gatewayId ?? inputs.natGatewayId));
    return found ? routeOutputs(inputs) : undefined;
  },
  async create(inputs, ctx) {
    const target = inputs.gatewayId ? { GatewayId: str(inputs, "gatewayId") } : { NatGatewayId: str(inputs, "natGatewayId") };
    try {
      await ctx.port.ec2("CreateRoute", { RouteTableId: str(inputs, "routeTableId"), DestinationCidrBlock: str(inputs, "destination"), ...target });
    } catch (error) {
      if (errorCode(error) !== "RouteAlreadyExists") throw error;
    }
    return routeOutputs(inputs);
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("DeleteRoute", { RouteTableId: target.awsId, DestinationCidrBlock: target.attributes.DestinationCidrBlock }));
  },
};

function routeOutputs(inputs: Record<string, unknown>) {
  return outputs({ RouteTableId: String(inputs.routeTableId), DestinationCidrBlock: String(inputs.destination), Target: String(inputs.gatewayId ?? inputs.natGatewayId) });
}

/** Subnet association. Looks at the subnet's current association first (AssociateRouteTable has no token). */
export const routeTableAssociation: Handler = {
  async find(inputs, ctx) {
    const SubnetId = str(inputs, "subnetId");
    const tables = (await ctx.port.ec2("DescribeRouteTables", { Filters: [{ Name: "association.subnet-id", Values: [SubnetId] }] })).RouteTables ?? [];
    const association = tables.flatMap((t) => t.Associations ?? []).find((a) => a.SubnetId === SubnetId && a.RouteTableId === inputs.routeTableId);
    return association && outputs({ AssociationId: association.RouteTableAssociationId, RouteTableId: association.RouteTableId, SubnetId });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("AssociateRouteTable", { RouteTableId: str(inputs, "routeTableId"), SubnetId: str(inputs, "subnetId") });
    return outputs({ AssociationId: out.AssociationId, RouteTableId: str(inputs, "routeTableId"), SubnetId: str(inputs, "subnetId") });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("DisassociateRouteTable", { AssociationId: target.awsId }));
  },
};
