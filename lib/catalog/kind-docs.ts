import type { EntityKind } from "../design/constants";

/** The AWS documentation page that introduces each resource kind (English path; see docsUrl for other languages). */
const DOC_PATHS: Record<EntityKind, string> = {
  vpc: "vpc/latest/userguide/what-is-amazon-vpc.html",
  subnet: "vpc/latest/userguide/configure-subnets.html",
  "internet-gateway": "vpc/latest/userguide/VPC_Internet_Gateway.html",
  "nat-gateway": "vpc/latest/userguide/vpc-nat-gateway.html",
  "elastic-ip": "AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
  "route-table": "vpc/latest/userguide/VPC_Route_Tables.html",
  "security-group": "vpc/latest/userguide/vpc-security-groups.html",
  instance: "AWSEC2/latest/UserGuide/concepts.html",
  "target-group": "elasticloadbalancing/latest/application/load-balancer-target-groups.html",
  "load-balancer": "elasticloadbalancing/latest/application/application-load-balancers.html",
};

/** docs.aws.amazon.com's language folders; English has none. */
const DOC_LANGUAGE: Record<string, string> = { ko: "ko_kr/" };

/**
 * The AWS documentation page for a resource kind, in the reader's language where AWS
 * translates it (Korean under /ko_kr/; anything else falls back to English).
 *
 * @example docsUrl("subnet", "ko") === "https://docs.aws.amazon.com/ko_kr/vpc/latest/userguide/configure-subnets.html"
 */
export function docsUrl(kind: EntityKind, locale: string): string {
  return `https://docs.aws.amazon.com/${DOC_LANGUAGE[locale] ?? ""}${DOC_PATHS[kind]}`;
}

/** The kinds in the order the help panel lists them (the order a student builds a lab in). */
export const HELP_KINDS: readonly EntityKind[] = ["vpc", "subnet", "route-table", "internet-gateway", "nat-gateway", "elastic-ip", "security-group", "instance", "load-balancer", "target-group"];
