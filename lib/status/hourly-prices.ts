import { pricesFor } from "../catalog/prices";

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
