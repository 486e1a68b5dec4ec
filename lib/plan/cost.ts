import { HOURS_PER_MONTH, pricesFor } from "../catalog/prices";
import type { Design } from "../design/schema";
import { own } from "../design/own";

/** What a line bills for; the UI names it in the reader's language (with `instanceType` where it applies). */
export type CostItem = "nat-gateway" | "load-balancer" | "lcu" | "public-ipv4" | "root-volume" | "instance";

/** One billable item. `perHour` is null when the price is unknown for this region or type. `item` is the English name. */
export type CostLine = { id: CostItem; item: string; instanceType?: string; quantity: number; unitPerHour: number | null; perHour: number | null };

export type CostEstimate = {
  region: string;
  currency: "USD";
  lines: CostLine[];
  /** Sum of the known lines. */
  perHour: number;
  perMonth: number;
  /** True when some line has no price: the totals are then a lower bound. */
  hasUnknown: boolean;
  /** Date and source of the prices, or null when the region has none. */
  priceDate: string | null;
  priceSource: string | null;
};

/** Root volume each instance gets (GiB of gp3), as the lab's images default to. */
export const ROOT_VOLUME_GIB = 8;

function line(id: CostItem, item: string, quantity: number, unit: number | undefined, instanceType?: string): CostLine {
  const base = { id, item, quantity, ...(instanceType ? { instanceType } : {}) };
  return unit === undefined ? { ...base, unitPerHour: null, perHour: null } : { ...base, unitPerHour: unit, perHour: quantity * unit };
}

/**
 * What the design costs per hour and per month while deployed and idle: NAT gateways, ALBs
 * (hour + the minimum LCU + a public IP per AZ), instances by type, public IPv4 addresses and
 * root volumes. Data transfer is usage-based and not included.
 *
 * @example estimateCost(seedLab()).perHour // ≈ 0.12 in ap-northeast-2
 */
export function estimateCost(design: Design): CostEstimate {
  const prices = pricesFor(design.region);
  const instances = Object.values(design.instances);
  const lbs = Object.values(design.loadBalancers);
  const albIps = lbs.filter((lb) => lb.scheme === "internet-facing").reduce((n, lb) => n + new Set(lb.subnetIds.map((id) => own(design.subnets, id)?.availabilityZone)).size, 0);
  const publicIps = Object.keys(design.elasticIps).length + instances.filter((i) => i.associatePublicIp).length + albIps;
  const lines: CostLine[] = [
    line("nat-gateway", "NAT gateway", Object.keys(design.natGateways).length, prices?.natGatewayHour),
    line("load-balancer", "Application load balancer", lbs.length, prices?.loadBalancerHour),
    line("lcu", "Load balancer capacity (minimum 1 LCU)", lbs.length, prices?.lcuHour),
    line("public-ipv4", "Public IPv4 address", publicIps, prices?.publicIpv4Hour),
    line("root-volume", `EBS gp3 root volume (${ROOT_VOLUME_GIB} GiB)`, instances.length, prices && (prices.gp3GbMonth * ROOT_VOLUME_GIB) / HOURS_PER_MONTH),
    ...instanceLines(instances.map((i) => i.instanceType), prices?.instanceHour),
  ].filter((l) => l.quantity > 0);
  const perHour = lines.reduce((sum, l) => sum + (l.perHour ?? 0), 0);
  return {
    region: design.region,
    currency: "USD",
    lines,
    perHour,
    perMonth: perHour * HOURS_PER_MONTH,
    hasUnknown: lines.some((l) => l.perHour === null),
    priceDate: prices?.date ?? null,
    priceSource: prices?.source ?? null,
  };
}

function instanceLines(types: string[], table: Record<string, number> | undefined): CostLine[] {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].sort().map(([type, n]) => line("instance", `EC2 ${type}`, n, table?.[type], type));
}
