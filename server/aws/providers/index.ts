import "server-only";
import { instance } from "./instance";
import { igwAttachment, internetGateway } from "./internet-gateway";
import { listener, targetRegistration } from "./listener";
import { loadBalancer, loadBalancerActive, targetGroup } from "./load-balancer";
import { elasticIp, natGateway } from "./nat-gateway";
import { route, routeTable, routeTableAssociation } from "./route-table";
import { securityGroup } from "./security-group";
import { securityGroupRules } from "./security-group-rules";
import { subnet, subnetPublicIp } from "./subnet";
import type { Handler } from "./types";
import { vpc, vpcDns } from "./vpc";

export type { DeleteTarget, Handler, HandlerContext } from "./types";

/** Handlers by step kind (the `kind` of a plan step). */
export const HANDLERS: Record<string, Handler> = {
  vpc,
  "vpc-dns": vpcDns,
  subnet,
  "subnet-public-ip": subnetPublicIp,
  "internet-gateway": internetGateway,
  "igw-attachment": igwAttachment,
  "route-table": routeTable,
  route,
  "route-table-association": routeTableAssociation,
  "elastic-ip": elasticIp,
  "nat-gateway": natGateway,
  "security-group": securityGroup,
  "security-group-rules": securityGroupRules,
  instance,
  "target-group": targetGroup,
  "load-balancer": loadBalancer,
  "load-balancer-active": loadBalancerActive,
  listener,
  "target-registration": targetRegistration,
};
