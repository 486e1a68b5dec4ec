import type { Design } from "../design/schema";
import { describeTraffic } from "./addresses";
import { checkEgress, checkIngress, checkListener, peerOf, routeHop, vpcName } from "./checks";
import type { ReachEnv } from "./env";
import { lookupRoute, type RouteMatch } from "./route-lookup";
import type { Trace } from "./trace";
import type { Place, Traffic } from "./types";

/**
 * One place → another inside the design, by private address: outbound rules, the source
 * subnet's route (must be `local`: without peering two VPCs are DISCONNECTED_VPCS, and a more
 * specific route can pull the traffic away, MORE_SPECIFIC_ROUTE), inbound rules, an ALB
 * listener when the destination is one. Replies need nothing: security groups are stateful.
 * The caller has already added the source's own hop.
 */
export function placeToPlace(env: ReachEnv, t: Trace, src: Place, dst: Place, traffic: Traffic): boolean {
  const noSubnets = [src, dst].find((p) => p.subnets.length === 0 || p.blocks.length === 0);
  if (noSubnets) return t.block(noSubnets.entityId, noSubnets.kind, "load-balancer-no-subnets", "alb-no-subnets", { name: noSubnets.name });
  if (!checkEgress(env, t, src, traffic, peerOf(dst), dst.name)) return false;
  const address = dst.blocks[0].base;
  if (src.vpcId !== dst.vpcId) {
    const match = lookupRoute(env.ctx, env.cache, src.subnets[0], address);
    const params = { name: src.name, vpc: vpcName(env, src.vpcId), other: dst.name, otherVpc: vpcName(env, dst.vpcId) };
    return "table" in match ? t.block(match.table.id, "route-table", "DISCONNECTED_VPCS", "vpcs-not-connected", params) : t.block(src.subnets[0].id, "subnet", "DISCONNECTED_VPCS", "vpcs-not-connected", params);
  }
  // Every subnet the source may send from (each ALB node) must keep the address local.
  for (const subnet of src.subnets) {
    const match = lookupRoute(env.ctx, env.cache, subnet, address);
    if (match.kind === "local") continue;
    if (match.kind === "internet-gateway" || match.kind === "nat-gateway") return overridden(t, match, dst.name);
    routeHop(env, t, subnet, address, dst.name);
    return false;
  }
  routeHop(env, t, src.subnets[0], address, dst.name);
  if (!checkIngress(env, t, dst, traffic, peerOf(src), src.name)) return false;
  const lb = dst.kind === "load-balancer" ? env.design.loadBalancers[dst.entityId as keyof Design["loadBalancers"]] : undefined;
  if (lb && !checkListener(env, t, lb, traffic)) return false;
  return t.pass(dst.entityId, dst.kind, "arrive-stateful", { name: dst.name, traffic: describeTraffic(traffic) });
}

/** A route more specific than local sends in-VPC traffic to a gateway, which does not bring it back. */
function overridden(t: Trace, match: Extract<RouteMatch, { targetId: string }>, dest: string): false {
  return t.block(match.table.id, "route-table", "MORE_SPECIFIC_ROUTE", "route-overrides-local", { table: match.table.name, destination: match.destination, dest, kind: match.kind, target: match.targetId });
}
