import type { RouteTable, RouteTarget } from "../design/schema";
import type { ValidationContext } from "./context";
import { defineRule, type Emit } from "./define-rule";
import { own } from "../design/own";

type Visit = (table: RouteTable, target: RouteTarget, destination: string, path: string) => void;

function eachRoute(ctx: ValidationContext, visit: Visit): void {
  for (const table of Object.values(ctx.design.routeTables)) {
    table.routes.forEach((route, i) => visit(table, route.target, route.destination, `routeTables.${table.id}.routes.${i}.target`));
  }
}

/** The target's id, kind and VPC, or null when the id names nothing in the design. */
function resolve(ctx: ValidationContext, target: RouteTarget): { id: string; kind: string; name: string; vpc: string | null | undefined } | null | "local" {
  const { design } = ctx;
  if (target.kind === "local") return "local";
  if (target.kind === "internet-gateway") {
    const igw = own(design.internetGateways, target.internetGatewayId);
    return igw ? { id: igw.id, kind: "internet-gateway", name: igw.name, vpc: igw.vpcId } : null;
  }
  const nat = own(design.natGateways, target.natGatewayId);
  return nat ? { id: nat.id, kind: "nat-gateway", name: nat.name, vpc: own(design.subnets, nat.subnetId)?.vpcId } : null;
}

const targetId = (t: RouteTarget) => (t.kind === "internet-gateway" ? t.internetGatewayId : t.kind === "nat-gateway" ? t.natGatewayId : "local");

/** A route to a gateway that is not in the design becomes a blackhole (or fails to create). */
export const routeTargetMissing = defineRule("route-target-missing", "error", (ctx, emit: Emit) => {
  eachRoute(ctx, (table, target, destination, path) => {
    if (resolve(ctx, target) !== null) return;
    emit([table.id], path, { table: table.name, destination, targetKind: target.kind, target: targetId(target) });
  });
});

/** A route may only use gateways of its own VPC. */
export const routeTargetOtherVpc = defineRule("route-target-other-vpc", "error", (ctx, emit) => {
  eachRoute(ctx, (table, target, destination, path) => {
    const resolved = resolve(ctx, target);
    if (resolved === null || resolved === "local" || !resolved.vpc || resolved.vpc === table.vpcId) return;
    const vpc = own(ctx.design.vpcs, table.vpcId)?.name ?? table.vpcId;
    emit([table.id, resolved.id], path, { table: table.name, vpc, destination, targetKind: resolved.kind, target: resolved.name });
  });
});

/** A route through an internet gateway that is not attached goes nowhere. */
export const internetGatewayNotAttached = defineRule("internet-gateway-not-attached", "error", (ctx, emit) => {
  eachRoute(ctx, (table, target, destination, path) => {
    if (target.kind !== "internet-gateway") return;
    const igw = own(ctx.design.internetGateways, target.internetGatewayId);
    if (igw && igw.vpcId === null) emit([table.id, igw.id], path, { table: table.name, destination, name: igw.name });
  });
});
