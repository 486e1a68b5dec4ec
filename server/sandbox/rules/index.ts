import "server-only";
import type { Handler } from "../context";
import { afterReleasingInterfaces } from "./alb-interfaces";
import { dependencyRules } from "./dependencies";
import { elbTagText } from "./elb-tags";
import { guarded } from "./guard";
import { refreshInstances, refreshNat, sameNameRules, withClientToken } from "./idempotency";
import { lifecycleRules } from "./lifecycle";
import { mainAssociationKept, mainRouteTableKept } from "./main-route-table";
import { withNatTagFilters } from "./nat-tag-filter";
import { PAGED_ACTIONS, paged } from "./pages";
import { targetsRunning } from "./register-targets";
import { groupNameUnique, ruleDescriptionText, securityGroupText } from "./security-group-text";
import { capturingUserData, withSandboxDnsNames, workloadRules } from "./workloads";

/** Rules that decide the answer; input checks (`guarded`) come before moto sees the call. */
const ACTION_RULES: Record<string, Handler> = {
  ...lifecycleRules,
  ...mapValues(dependencyRules, afterReleasingInterfaces),
  ...workloadRules,
  DescribeNetworkInterfaces: afterReleasingInterfaces(forwardOnly),
  DescribeNatGateways: withNatTagFilters(lifecycleRules.DescribeNatGateways),
  RunInstances: withClientToken(capturingUserData(lifecycleRules.RunInstances), refreshInstances),
  CreateNatGateway: withClientToken(lifecycleRules.CreateNatGateway, refreshNat),
  CreateSecurityGroup: guarded([securityGroupText, groupNameUnique]),
  AuthorizeSecurityGroupIngress: guarded([ruleDescriptionText]),
  AuthorizeSecurityGroupEgress: guarded([ruleDescriptionText]),
  DeleteRouteTable: guarded([mainRouteTableKept]),
  DisassociateRouteTable: guarded([mainAssociationKept]),
  CreateLoadBalancer: guarded([elbTagText], withSandboxDnsNames(sameNameRules.CreateLoadBalancer(lifecycleRules.CreateLoadBalancer))),
  DescribeLoadBalancers: withSandboxDnsNames(lifecycleRules.DescribeLoadBalancers),
  CreateTargetGroup: guarded([elbTagText], sameNameRules.CreateTargetGroup(forwardOnly)),
  CreateListener: guarded([elbTagText], sameNameRules.CreateListener(forwardOnly)),
  CreateRule: guarded([elbTagText]),
  AddTags: guarded([elbTagText]),
  RegisterTargets: guarded([targetsRunning]),
};

/**
 * The actions the layer treats differently from moto, each mapped to its rule; Describe*
 * answers are paged last, after state and tag filters have had their say. Every other
 * action is streamed to moto untouched (the fast path).
 */
export const RULES: Record<string, Handler> = {
  ...ACTION_RULES,
  ...Object.fromEntries(PAGED_ACTIONS.map((action) => [action, paged(ACTION_RULES[action] ?? forwardOnly)])),
};

function forwardOnly(...args: Parameters<Handler>): ReturnType<Handler> {
  const [ctx] = args;
  return ctx.layer.moto.forward(ctx.request);
}

function mapValues(rules: Record<string, Handler>, wrap: (handler: Handler) => Handler): Record<string, Handler> {
  return Object.fromEntries(Object.entries(rules).map(([action, handler]) => [action, wrap(handler)]));
}
