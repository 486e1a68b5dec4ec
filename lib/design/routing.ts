import type { Design, RouteTable, Subnet } from "./schema";
import type { SubnetId } from "./ids";
import { own } from "./own";

export const DEFAULT_ROUTE = "0.0.0.0/0";

/**
 * The table that routes a subnet: its explicit association, else its VPC's main table
 * (AWS falls back to main). Undefined when neither exists.
 */
export function effectiveRouteTable(design: Design, subnet: Subnet): RouteTable | undefined {
  return routeTableIndex(design)(subnet);
}

/**
 * `effectiveRouteTable` for many subnets of one design: the tables are indexed once (the
 * first table listing a subnet, the first main table of each VPC), so looking up every subnet
 * of a large design stays linear.
 *
 * @example const tableOf = routeTableIndex(design); subnets.map(tableOf)
 */
export function routeTableIndex(design: Design): (subnet: Subnet) => RouteTable | undefined {
  const explicit = new Map<string, RouteTable>();
  const main = new Map<string, RouteTable>();
  for (const table of Object.values(design.routeTables)) {
    for (const id of table.subnetIds) if (!explicit.has(id)) explicit.set(id, table);
    if (table.isMain && !main.has(table.vpcId)) main.set(table.vpcId, table);
  }
  return (subnet) => explicit.get(subnet.id) ?? main.get(subnet.vpcId);
}

/**
 * Public means "has 0.0.0.0/0 to an internet gateway attached to the subnet's VPC" (docs/aws-facts.md §2.3).
 * Derived, never a flag: change the route and the subnet changes.
 */
export function isPublicSubnet(design: Design, subnetId: SubnetId): boolean {
  const subnet = own(design.subnets, subnetId);
  if (!subnet) return false;
  const table = effectiveRouteTable(design, subnet);
  if (!table) return false;
  return table.routes.some((route) => {
    if (route.destination !== DEFAULT_ROUTE || route.target.kind !== "internet-gateway") return false;
    const igw = own(design.internetGateways, route.target.internetGatewayId);
    return igw !== undefined && igw.vpcId === subnet.vpcId;
  });
}

/** How a subnet reaches the internet: directly, through a NAT gateway, or not at all. */
export function subnetEgress(design: Design, subnetId: SubnetId): "internet-gateway" | "nat-gateway" | "none" {
  if (isPublicSubnet(design, subnetId)) return "internet-gateway";
  const subnet = own(design.subnets, subnetId);
  const table = subnet && effectiveRouteTable(design, subnet);
  const viaNat = table?.routes.some(
    (r) => r.destination === DEFAULT_ROUTE && r.target.kind === "nat-gateway" && own(design.natGateways, r.target.natGatewayId) !== undefined,
  );
  return viaNat ? "nat-gateway" : "none";
}
