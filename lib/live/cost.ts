/**
 * The cost meter: what the deployment has cost since it was deployed, from hourly prices.
 * Labs pay for NAT gateways, Elastic IPs, load balancers and instances by the hour.
 */
export type CostLine = { logicalId: string; kind: string; usdPerHour: number };

/**
 * Cost in USD from `since` to `now` (milliseconds), and the rate per hour.
 *
 * @example runningCost([{ logicalId: "n", kind: "nat-gateway", usdPerHour: 0.059 }], 0, 3_600_000).usd === 0.059
 */
export function runningCost(lines: readonly CostLine[], since: number, now: number): { usd: number; usdPerHour: number } {
  const usdPerHour = lines.reduce((sum, line) => sum + line.usdPerHour, 0);
  const hours = Math.max(0, now - since) / 3_600_000;
  return { usd: Math.round(usdPerHour * hours * 10_000) / 10_000, usdPerHour: Math.round(usdPerHour * 10_000) / 10_000 };
}
