import "server-only";
import { elbName } from "../../../lib/deploy/names";
import { errorCode, StepError, unlessGone } from "../errors";
import { poll } from "../wait";
import { deleteCall, outputs, str, elbTagsFor, waitGone } from "./common";
import type { Provider } from "./types";

const notFound = (error: unknown) => ["TargetGroupNotFound", "TargetGroupNotFoundException", "LoadBalancerNotFound", "LoadBalancerNotFoundException"].includes(errorCode(error));

/** Target group: names are unique per account and region; the plan makes them unique per deployment. */
export const targetGroup: Provider = {
  async find(inputs, ctx) {
    try {
      const found = (await ctx.port.elb("DescribeTargetGroups", { Names: [elbName(str(inputs, "name"), ctx.deploymentId)] })).TargetGroups?.[0];
      return found && outputs({ TargetGroupArn: found.TargetGroupArn, TargetGroupName: found.TargetGroupName });
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  },
  async create(inputs, ctx) {
    const hc = inputs.healthCheck as Record<string, string | number>;
    const out = await ctx.port.elb("CreateTargetGroup", {
      Name: elbName(str(inputs, "name"), ctx.deploymentId),
      Protocol: str(inputs, "protocol") as never,
      Port: Number(inputs.port),
      VpcId: str(inputs, "vpcId"),
      TargetType: "instance",
      HealthCheckProtocol: hc.protocol as never,
      HealthCheckPath: String(hc.path),
      HealthCheckPort: String(hc.port),
      HealthCheckIntervalSeconds: Number(hc.intervalSeconds),
      HealthCheckTimeoutSeconds: Number(hc.timeoutSeconds),
      HealthyThresholdCount: Number(hc.healthyThreshold),
      UnhealthyThresholdCount: Number(hc.unhealthyThreshold),
      Matcher: { HttpCode: String(hc.matcher) },
      Tags: elbTagsFor(ctx, inputs),
    }, { once: true });
    const tg = out.TargetGroups?.[0];
    return outputs({ TargetGroupArn: tg?.TargetGroupArn, TargetGroupName: tg?.TargetGroupName });
  },
  async delete(target, ctx) {
    return deleteCall(() => ctx.port.elb("DeleteTargetGroup", { TargetGroupArn: target.awsId }));
  },
};

/**
 * Application load balancer. Found by its per-deployment name before creating (moto, unlike
 * AWS, creates a second ALB for a repeated name). Does not wait for `active`: the listener
 * and target registration need only the ARN; `loadBalancerActive` waits at the end.
 */
export const loadBalancer: Provider = {
  async find(inputs, ctx) {
    try {
      const found = (await ctx.port.elb("DescribeLoadBalancers", { Names: [elbName(str(inputs, "name"), ctx.deploymentId)] })).LoadBalancers?.[0];
      return found && outputs({ LoadBalancerArn: found.LoadBalancerArn, DNSName: found.DNSName, LoadBalancerName: found.LoadBalancerName });
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  },
  async create(inputs, ctx) {
    const out = await ctx.port.elb("CreateLoadBalancer", {
      Name: elbName(str(inputs, "name"), ctx.deploymentId),
      Type: "application",
      Scheme: str(inputs, "scheme") as never,
      Subnets: inputs.subnetIds as string[],
      SecurityGroups: inputs.securityGroupIds as string[],
      Tags: elbTagsFor(ctx, inputs),
    }, { once: true });
    const lb = out.LoadBalancers?.[0];
    return outputs({ LoadBalancerArn: lb?.LoadBalancerArn, DNSName: lb?.DNSName, LoadBalancerName: lb?.LoadBalancerName });
  },
  /** Deletes it (its listeners go with it) and waits until AWS no longer lists it. */
  async delete(target, ctx) {
    const result = await deleteCall(() => ctx.port.elb("DeleteLoadBalancer", { LoadBalancerArn: target.awsId }));
    await waitGone(ctx, `load balancer ${target.awsId} to disappear`, () => unlessGone(() => ctx.port.elb("DescribeLoadBalancers", { LoadBalancerArns: [target.awsId] })), (out) => out === "gone" || (out.LoadBalancers ?? []).length === 0);
    return result;
  },
};

/** `arn:…:loadbalancer/app/lab-alb/50dc…` → `ELB app/lab-alb/50dc…`, the description AWS gives its ENIs. */
export function eniDescription(loadBalancerArn: string): string {
  return `ELB ${loadBalancerArn.split(":loadbalancer/")[1] ?? ""}`;
}

/**
 * Cleanup only: waits until the load balancer's network interfaces are gone. AWS removes them
 * some time after the load balancer, and until then they block subnets, security groups and
 * the internet gateway (docs/aws-facts.md §8.2).
 */
export const loadBalancerInterfaces: Provider = {
  async delete(target, ctx) {
    const description = eniDescription(target.awsId);
    await waitGone(ctx, `the network interfaces "${description}" to disappear`, () => ctx.port.ec2("DescribeNetworkInterfaces", { Filters: [{ Name: "description", Values: [description] }] }), (out) => (out.NetworkInterfaces ?? []).length === 0);
    return { result: "gone" };
  },
};

/** The last step of a deploy: the ALB answers once `active` (2–3 min on AWS). */
export const loadBalancerActive: Provider = {
  async create(inputs, ctx) {
    const LoadBalancerArn = str(inputs, "loadBalancerArn");
    await poll(`load balancer ${LoadBalancerArn} to be active`, () => ctx.port.elb("DescribeLoadBalancers", { LoadBalancerArns: [LoadBalancerArn] }), (out) => isActive(out.LoadBalancers?.[0]?.State), ctx.wait("load-balancer"));
    return { LoadBalancerArn };
  },
};

/** `active` ends the wait; `failed` ends it with AWS's reason. */
function isActive(state: { Code?: string; Reason?: string } | undefined): boolean {
  if (state?.Code === "failed") throw new StepError("LoadBalancerFailed", `AWS reports the load balancer failed${state.Reason ? `: ${state.Reason}` : ""}.`);
  return state?.Code === "active";
}
