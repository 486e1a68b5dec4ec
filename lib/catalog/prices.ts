/**
 * On-demand prices in USD, per region, with the date and source of the figures. Seoul comes
 * from docs/aws-facts.md §9 (Cost Explorer / Price List extracts quoted in public repositories, 2026);
 * us-east-1 from the reference row there (Infracost output). A region or instance type not
 * listed is "unknown" — never guessed.
 */
export type RegionPrices = {
  /** When the figures were taken, shown next to every estimate. */
  date: string;
  source: string;
  natGatewayHour: number;
  loadBalancerHour: number;
  /** An ALB is billed at least one LCU-hour while it runs. */
  lcuHour: number;
  /** Every public IPv4 address, in use or idle (EIPs, NAT EIPs, instance IPs, each ALB node). */
  publicIpv4Hour: number;
  gp3GbMonth: number;
  instanceHour: Record<string, number>;
};

export const HOURS_PER_MONTH = 730;

export const PRICES: Record<string, RegionPrices> = {
  "ap-northeast-2": {
    date: "2026",
    source: "AWS Cost Explorer / Price List extracts (docs/aws-facts.md §9)",
    natGatewayHour: 0.059,
    loadBalancerHour: 0.0225,
    lcuHour: 0.008,
    publicIpv4Hour: 0.005,
    gp3GbMonth: 0.0912,
    instanceHour: { "t3.micro": 0.013, "t3.small": 0.026, "t3.medium": 0.052 },
  },
  "us-east-1": {
    date: "2026",
    source: "Infracost output quoted in public repositories (docs/aws-facts.md §9, reference row)",
    natGatewayHour: 0.045,
    loadBalancerHour: 0.0225,
    lcuHour: 0.008,
    publicIpv4Hour: 0.005,
    gp3GbMonth: 0.08,
    instanceHour: { "t3.micro": 0.0104 },
  },
};

/** Prices for a region, or undefined when we have no dated figures for it. */
export function pricesFor(region: string): RegionPrices | undefined {
  return PRICES[region];
}
