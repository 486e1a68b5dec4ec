import "server-only";
import type { Handler } from "../context";
import { afterReleasingInterfaces } from "./alb-interfaces";
import { dependencyRules } from "./dependencies";
import { refreshInstances, refreshNat, sameNameRules, withClientToken } from "./idempotency";
import { lifecycleRules } from "./lifecycle";
import { capturingUserData, withSandboxDnsNames, workloadRules } from "./workloads";

/**
 * The actions the layer treats differently from moto, each mapped to its rule. Every other
 * action is streamed to moto untouched (the fast path).
 */
export const RULES: Record<string, Handler> = {
  ...lifecycleRules,
  ...mapValues(dependencyRules, afterReleasingInterfaces),
  ...workloadRules,
  DescribeNetworkInterfaces: afterReleasingInterfaces(forwardOnly),
  RunInstances: withClientToken(capturingUserData(lifecycleRules.RunInstances), refreshInstances),
  CreateNatGateway: withClientToken(lifecycleRules.CreateNatGateway, refreshNat),
  CreateLoadBalancer: withSandboxDnsNames(sameNameRules.CreateLoadBalancer(lifecycleRules.CreateLoadBalancer)),
  DescribeLoadBalancers: withSandboxDnsNames(lifecycleRules.DescribeLoadBalancers),
  CreateTargetGroup: sameNameRules.CreateTargetGroup(forwardOnly),
  CreateListener: sameNameRules.CreateListener(forwardOnly),
};

function forwardOnly(...args: Parameters<Handler>): ReturnType<Handler> {
  const [ctx] = args;
  return ctx.layer.moto.forward(ctx.request);
}

function mapValues(rules: Record<string, Handler>, wrap: (handler: Handler) => Handler): Record<string, Handler> {
  return Object.fromEntries(Object.entries(rules).map(([action, handler]) => [action, wrap(handler)]));
}
