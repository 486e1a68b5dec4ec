import { HOURS_PER_MONTH, pricesFor } from "../catalog/prices";
import type { Design } from "../design/schema";
import { ROOT_VOLUME_GIB } from "../plan/cost";
import { own } from "../design/own";

/**
 * The hourly on-demand price (USD) of one recorded resource, from the one dated price table in
 * `lib/catalog/prices.ts`. Free kinds (VPCs, subnets, route tables, security groups, internet
 * gateways) cost 0. A region or instance type without dated figures also counts 0 here rather
 * than a guessed number; the plan's estimate shows those as "unknown".
 *
 * @example hourlyPrice("nat-gateway") === 0.059; hourlyPrice("instance", "t3.micro") === 0.013
 */
export function hourlyPrice(kind: string, instanceType?: string, region = "ap-northeast-2"): number {
  const prices = pricesFor(region);
  if (!prices) return 0;
  switch (kind) {
    case "nat-gateway":
      return prices.natGatewayHour;
    case "elastic-ip":
      return prices.publicIpv4Hour;
    case "load-balancer":
      return prices.loadBalancerHour;
    case "instance":
      return prices.instanceHour[instanceType ?? ""] ?? 0;
    default:
      return 0;
  }
}

/**
 * The hourly price of one deployed entity of a design, counted exactly as the plan's estimate
 * counts it (`lib/plan/cost.ts`), so the cost meter and the Deploy tab agree: an instance with
 * its root volume and public IP, a load balancer with its minimum LCU and one public IP per AZ.
 */
export function entityHourlyPrice(design: Design, logicalId: string, kind: string): number {
  const prices = pricesFor(design.region);
  if (!prices) return 0;
  if (kind === "instance") {
    const instance = own(design.instances, logicalId);
    if (!instance) return 0;
    const volume = (prices.gp3GbMonth * ROOT_VOLUME_GIB) / HOURS_PER_MONTH;
    return (prices.instanceHour[instance.instanceType] ?? 0) + volume + (instance.associatePublicIp ? prices.publicIpv4Hour : 0);
  }
  if (kind === "load-balancer") {
    const lb = own(design.loadBalancers, logicalId);
    if (!lb) return hourlyPrice(kind, undefined, design.region);
    const azs = lb.scheme === "internet-facing" ? new Set(lb.subnetIds.map((id) => own(design.subnets, id)?.availabilityZone)).size : 0;
    return prices.loadBalancerHour + prices.lcuHour + azs * prices.publicIpv4Hour;
  }
  return hourlyPrice(kind, undefined, design.region);
}
