/**
 * On-demand hourly prices (USD, ap-northeast-2, Linux) of what a lab bills by the hour. The
 * cost meter and the sweep multiply these by time; anything missing here bills nothing hourly
 * (VPCs, subnets, route tables, security groups and internet gateways are free).
 */
const HOURLY_USD: Record<string, number> = {
  "nat-gateway": 0.059,
  "elastic-ip": 0.005,
  "load-balancer": 0.0225,
};

const INSTANCE_HOURLY_USD: Record<string, number> = {
  "t3.nano": 0.0065,
  "t3.micro": 0.013,
  "t3.small": 0.026,
  "t3.medium": 0.052,
  "t2.micro": 0.0144,
};

/**
 * The hourly price of one resource, 0 for free kinds.
 *
 * @example hourlyPrice("nat-gateway") === 0.059; hourlyPrice("instance", "t3.micro") === 0.013
 */
export function hourlyPrice(kind: string, instanceType?: string): number {
  if (kind === "instance") return INSTANCE_HOURLY_USD[instanceType ?? "t3.micro"] ?? 0.013;
  return HOURLY_USD[kind] ?? 0;
}
