import { containsAddress } from "../cidr/math";
import type { Cidr } from "../cidr/parse";
import type { RouteTable, Subnet } from "../design/schema";
import type { ValidationContext } from "../rules/context";
import { cidrOf, formatCidr } from "./addresses";

/** The route a packet from a subnet takes to one address, or why there is none. */
export type RouteMatch =
  | { kind: "no-table" }
  | { kind: "none"; table: RouteTable }
  | { kind: "local"; table: RouteTable; destination: string }
  | { kind: "internet-gateway"; table: RouteTable; destination: string; targetId: string }
  | { kind: "nat-gateway"; table: RouteTable; destination: string; targetId: string };

/**
 * Longest-prefix match in the subnet's effective table (explicit association, else the VPC's
 * main table; the shared context answers that once per design). The implicit `local` route
 * for the VPC CIDR takes part like any other and wins a tie, because AWS refuses a route with
 * the same destination as local. Example: with 0.0.0.0/0 → igw and 203.0.113.0/24 → nat,
 * 203.0.113.10 goes to the NAT gateway and 198.51.100.1 to the internet gateway.
 */
export function lookupRoute(ctx: ValidationContext, cache: Map<string, Cidr | null>, subnet: Subnet, address: number): RouteMatch {
  const table = ctx.effectiveTable(subnet.id);
  if (!table) return { kind: "no-table" };
  const vpc = ctx.vpcCidr.get(subnet.vpcId);
  let best: RouteMatch = { kind: "none", table };
  let bestPrefix = -1;
  if (vpc && containsAddress(vpc, address)) {
    best = { kind: "local", table, destination: formatCidr(vpc) };
    bestPrefix = vpc.prefix;
  }
  for (const route of table.routes) {
    const destination = cidrOf(cache, route.destination);
    if (!destination || destination.prefix <= bestPrefix || !containsAddress(destination, address)) continue;
    bestPrefix = destination.prefix;
    const target = route.target;
    if (target.kind === "local") best = { kind: "local", table, destination: route.destination };
    else if (target.kind === "internet-gateway") best = { kind: "internet-gateway", table, destination: route.destination, targetId: target.internetGatewayId };
    else best = { kind: "nat-gateway", table, destination: route.destination, targetId: target.natGatewayId };
  }
  return best;
}
