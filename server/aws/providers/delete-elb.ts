import "server-only";
import { DescribeNetworkInterfacesCommand } from "@aws-sdk/client-ec2";
import {
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeLoadBalancersCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { StepOutputs } from "../../../lib/deploy/types";
import { isGone, unlessGone } from "../cleanup-errors";
import type { OpContext } from "./delete-context";
import { pollUntil } from "../poll-until";

/** `arn:…:loadbalancer/app/lab-alb/50dc…` → `ELB app/lab-alb/50dc…`, the description AWS gives its ENIs. */
export function eniDescription(loadBalancerArn: string): string {
  const tail = loadBalancerArn.split(":loadbalancer/")[1] ?? "";
  return `ELB ${tail}`;
}

/** Deletes a listener (already gone counts as deleted). */
export async function deleteListener(arn: string, ctx: OpContext): Promise<StepOutputs> {
  const result = await unlessGone(() => ctx.clients.elb.send(new DeleteListenerCommand({ ListenerArn: arn })));
  return { result: result === "gone" ? "already-gone" : "deleted" };
}

/** Deletes a load balancer (its listeners go with it) and waits until AWS no longer lists it. */
export async function deleteLoadBalancer(arn: string, ctx: OpContext): Promise<StepOutputs> {
  const result = await unlessGone(() => ctx.clients.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn })));
  if (!ctx.skipWaits) await pollUntil(`load balancer ${arn} to disappear`, async () => {
    try {
      const out = await ctx.clients.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }));
      return (out.LoadBalancers ?? []).length === 0;
    } catch (error) {
      if (isGone(error)) return true;
      throw error;
    }
  }, { intervalMs: ctx.timing.pollMs, deadlineMs: ctx.timing.deadlineMs, signal: ctx.signal });
  return { result: result === "gone" ? "already-gone" : "deleted" };
}

/**
 * Waits until the load balancer's network interfaces are gone: AWS removes them some time
 * after the load balancer, and until then they block subnets, security groups and the IGW.
 */
export async function waitLoadBalancerEnis(arn: string, ctx: OpContext): Promise<StepOutputs> {
  const description = eniDescription(arn);
  if (!ctx.skipWaits) await pollUntil(`the network interfaces "${description}" to disappear`, async () => {
    const out = await ctx.clients.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: "description", Values: [description] }] }));
    return (out.NetworkInterfaces ?? []).length === 0;
  }, { intervalMs: ctx.timing.pollMs, deadlineMs: ctx.timing.deadlineMs, signal: ctx.signal });
  return { result: "gone" };
}

/** Deletes a target group; AWS answers ResourceInUse while a listener forwards to it. */
export async function deleteTargetGroup(arn: string, ctx: OpContext): Promise<StepOutputs> {
  const result = await unlessGone(() => ctx.clients.elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })));
  return { result: result === "gone" ? "already-gone" : "deleted" };
}
