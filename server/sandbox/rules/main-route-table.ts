import "server-only";
import { awsError, dependencyViolation } from "../aws-errors";
import type { CallContext } from "../context";
import type { Check } from "./guard";
import { dig, ec2Filter, nodeText } from "./lookups";

async function associations(ctx: CallContext, params: Record<string, string>) {
  const doc = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeRouteTables", params);
  return dig(doc, ["DescribeRouteTablesResponse", "routeTableSet", "item", "associationSet", "item"]);
}

/**
 * A VPC's main route table cannot be deleted; it goes with its VPC (docs/aws-facts.md §Main
 * route table). moto deletes it, leaving the VPC without one.
 */
export const mainRouteTableKept: Check = async (ctx) => {
  const id = ctx.call.params.get("RouteTableId") ?? "";
  if (!id) return undefined;
  const isMain = (await associations(ctx, ec2Filter("route-table-id", id))).some((a) => nodeText(a, "main") === "true" && nodeText(a, "routeTableId") === id);
  return isMain ? dependencyViolation(ctx.call, `The routeTable '${id}' has dependencies and cannot be deleted.`) : undefined;
};

/** The main association cannot be disassociated either; only replaced (ReplaceRouteTableAssociation). */
export const mainAssociationKept: Check = async (ctx) => {
  const id = ctx.call.params.get("AssociationId") ?? "";
  if (!id) return undefined;
  const isMain = (await associations(ctx, ec2Filter("association.route-table-association-id", id))).some((a) => nodeText(a, "main") === "true" && nodeText(a, "routeTableAssociationId") === id);
  return isMain ? awsError(ctx.call, 400, "InvalidParameterValue", `cannot disassociate the main route table association ${id}`) : undefined;
};
