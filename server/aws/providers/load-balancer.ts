import "server-only";
import { elbName } from "../../../lib/deploy/names";
import { errorCode } from "../errors";
import { deleteIgnoringNotFound, outputs, str, tagsFor } from "./common";
import type { Handler } from "./types";

const notFound = (error: unknown) => ["TargetGroupNotFound", "TargetGroupNotFoundException", "LoadBalancerNotFound", "LoadBalancerNotFoundException"].includes(errorCode(error));

/** Target group: names are unique per account and region; the plan makes them unique per deployment. */
export const targetGroup: Handler = {
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
      Tags: tagsFor(ctx, inputs),
    }, { once: true });
    const tg = out.TargetGroups?.[0];
    return outputs({ TargetGroupArn: tg?.TargetGroupArn, TargetGroupName: tg?.TargetGroupName });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.elb("DeleteTargetGroup", { TargetGroupArn: target.awsId }));
  },
};

/**
 * Application load balancer. Found by its per-deployment name before creating (moto, unlike
 * AWS, creates a second ALB for a repeated name). Does not wait for `active`: the listener
 * and target registration need only the ARN; `loadBalancerActive` waits at the end.
 */
export const loadBalancer: Handler = {
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
      Tags: tagsFor(ctx, inputs),
    }, { once: true });
    const lb = out.LoadBalancers?.[0];
    return outputs({ LoadBalancerArn: lb?.LoadBalancerArn, DNSName: lb?.DNSName, LoadBalancerName: lb?.LoadBalancerName });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.elb("DeleteLoadBalancer", { LoadBalancerArn: target.awsId }));
  },
};

/** The last step of a deploy: the ALB answers once `active` (2–3 min on AWS). */
export const loadBalancerActive: Handler = {
  find: async () => undefined,
  async create(inputs, ctx) {
    const LoadBalancerArn = str(inputs, "loadBalancerArn");
    await ctx.port.waitLoadBalancerAvailable(LoadBalancerArn, ctx.wait("load-balancer"));
    return { LoadBalancerArn };
  },
  delete: async () => {},
};
