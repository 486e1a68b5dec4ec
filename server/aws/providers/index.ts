import "server-only";
import { instance } from "./instance";
import { igwAttachment, internetGateway } from "./internet-gateway";
import { listener, targetRegistration } from "./listener";
import { loadBalancer, loadBalancerActive, loadBalancerInterfaces, targetGroup } from "./load-balancer";
import { elasticIp, natGateway } from "./nat-gateway";
import { route, routeTable, routeTableAssociation } from "./route-table";
import { securityGroup, securityGroupReferences } from "./security-group";
import { securityGroupRules } from "./security-group-rules";
import { subnet, subnetPublicIp } from "./subnet";
import type { Provider } from "./types";
import { vpc, vpcDns } from "./vpc";

export type { DeleteTarget, Provider, ProviderContext } from "./types";
export { eniDescription } from "./load-balancer";

/**
 * Providers by plan step kind, for create plans and destroy plans alike: a kind's create and
 * its delete live in one file. Destroy plans name two kinds of their own (a wait for the load
 * balancer's interfaces, the revoke of cross-group references) and call the IGW attachment
 * by its cleanup name.
 */
export const PROVIDERS: Readonly<Record<string, Provider>> = Object.freeze({
  vpc,
  "vpc-dns": vpcDns,
  subnet,
  "subnet-public-ip": subnetPublicIp,
  "internet-gateway": internetGateway,
  "igw-attachment": igwAttachment,
  "internet-gateway-attachment": igwAttachment,
  "route-table": routeTable,
  route,
  "route-table-association": routeTableAssociation,
  "elastic-ip": elasticIp,
  "nat-gateway": natGateway,
  "security-group": securityGroup,
  "security-group-rules": securityGroupRules,
  "security-group-references": securityGroupReferences,
  instance,
  "target-group": targetGroup,
  "load-balancer": loadBalancer,
  "load-balancer-active": loadBalancerActive,
  "load-balancer-enis": loadBalancerInterfaces,
  listener,
  "target-registration": targetRegistration,
});

/** The provider for a step kind in `table` (own properties only: a kind named `constructor` has none). */
export function providerFor(kind: string, table: Readonly<Record<string, Provider>> = PROVIDERS): Provider | undefined {
  return Object.hasOwn(table, kind) ? table[kind] : undefined;
}
