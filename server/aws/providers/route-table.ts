import "server-only";
import { errorCode, unlessGone } from "../errors";
import { deleteCall, outputs, ownFilters, str, tagSpec, tagsFor } from "./common";
import type { Provider } from "./types";

/**
 * Route table. A design's main table is the VPC's own main table, adopted and tagged rather
 * than created. CreateRouteTable takes a ClientToken (newer API), passed as well.
 */
export const routeTable: Provider = {
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
  /**
   * Removes the table's subnet associations, then the table. A VPC's main table cannot be
   * deleted (DependencyViolation, docs/aws-facts.md §8.2): it goes with its VPC, so the step
   * only clears the associations the deploy made.
   */
  async delete(target, ctx) {
    const described = await unlessGone(() => ctx.port.ec2("DescribeRouteTables", { RouteTableIds: [target.awsId] }));
    if (described === "gone") return { result: "already-gone" };
    const associations = (described.RouteTables ?? []).flatMap((t) => t.Associations ?? []);
    for (const a of associations.filter((x) => !x.Main && x.RouteTableAssociationId)) {
      await unlessGone(() => ctx.port.ec2("DisassociateRouteTable", { AssociationId: a.RouteTableAssociationId }));
    }
    if (target.attributes.IsMain === "true" || associations.some((a) => a.Main)) return { result: "kept-main" };
    return deleteCall(() => ctx.port.ec2("DeleteRouteTable", { RouteTableId: target.awsId }));
  },
};

/** One route. CreateRoute has no token; RouteAlreadyExists means an earlier attempt worked. */
export const route: Provider = {
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
};

function routeOutputs(inputs: Record<string, unknown>) {
  return outputs({ RouteTableId: String(inputs.routeTableId), DestinationCidrBlock: String(inputs.destination), Target: String(inputs.gatewayId ?? inputs.natGatewayId) });
}

/** Subnet association. Looks at the subnet's current association first (AssociateRouteTable has no token). */
export const routeTableAssociation: Provider = {
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
};
