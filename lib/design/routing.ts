import type { Design, RouteTable, Subnet } from "./schema";
import type { SubnetId } from "./ids";

export const DEFAULT_ROUTE = "0.0.0.0/0";

/**
 * The table that routes a subnet: its explicit association, else its VPC's main table
 * (AWS falls back to main). Undefined when neither exists.
 */
export function effectiveRouteTable(design: Design, subnet: Subnet): RouteTable | undefined {
  const tables = Object.values(design.routeTables);
  return (
    tables.find((t) => t.subnetIds.includes(subnet.id)) ??
    tables.find((t) => t.isMain && t.vpcId === subnet.vpcId)
  );
}

/**
 * Public means "has 0.0.0.0/0 to an internet gateway attached to the subnet's VPC" (docs/aws-facts.md §2.3).
 * Derived, never a flag: change the route and the subnet changes.
 */
export function isPublicSubnet(design: Design, subnetId: SubnetId): boolean {
  const subnet = design.subnets[subnetId];
  if (!subnet) return false;
  const table = effectiveRouteTable(design, subnet);
  if (!table) return false;
  return table.routes.some((route) => {
    if (route.destination !== DEFAULT_ROUTE || route.target.kind !== "internet-gateway") return false;
    const igw = design.internetGateways[route.target.internetGatewayId];
    return igw !== undefined && igw.vpcId === subnet.vpcId;
  });
}

/** How a subnet reaches the internet: directly, through a NAT gateway, or not at all. */
export function subnetEgress(design: Design, subnetId: SubnetId): "internet-gateway" | "nat-gateway" | "none" {
  if (isPublicSubnet(design, subnetId)) return "internet-gateway";
  const subnet = design.subnets[subnetId];
  const table = subnet && effectiveRouteTable(design, subnet);
  const viaNat = table?.routes.some(
    (r) => r.destination === DEFAULT_ROUTE && r.target.kind === "nat-gateway" && design.natGateways[r.target.natGatewayId] !== undefined,
  );
  return viaNat ? "nat-gateway" : "none";
}
