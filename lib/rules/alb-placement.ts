import { ALB_MIN_SUBNET_PREFIX } from "../cidr/constants";
import type { LoadBalancer, Subnet } from "../design/schema";
import type { ValidationContext } from "./context";
import { defineRule } from "./define-rule";
import { groupBy, list } from "./helpers";
import { own } from "../design/own";

/** The load balancer's subnets that exist in the design. */
export function albSubnets(ctx: ValidationContext, lb: LoadBalancer): Subnet[] {
  return [...new Set(lb.subnetIds)].flatMap((id) => own(ctx.design.subnets, id) ?? []);
}

/** An ALB needs subnets in at least two distinct AZs. */
export const albTooFewAzs = defineRule("alb-too-few-azs", "error", (ctx, emit) => {
  for (const lb of Object.values(ctx.design.loadBalancers)) {
    const count = new Set(albSubnets(ctx, lb).map((s) => s.availabilityZone)).size;
    if (count < 2) emit([lb.id], `loadBalancers.${lb.id}.subnetIds`, { name: lb.name, count });
  }
});

/** At most one subnet per AZ. */
export const albDuplicateAz = defineRule("alb-duplicate-az", "error", (ctx, emit) => {
  for (const lb of Object.values(ctx.design.loadBalancers)) {
    for (const [zone, subnets] of groupBy(albSubnets(ctx, lb), (s) => s.availabilityZone)) {
      if (subnets.length > 1) emit([lb.id, ...subnets.map((s) => s.id)], `loadBalancers.${lb.id}.subnetIds`, { name: lb.name, zone, subnets: list(subnets.map((s) => s.name)) });
    }
  }
});

/**
 * Internet-facing needs public subnets. The API only checks that the VPC has an internet
 * gateway, so a wrong route table is accepted and silently unreachable (docs/aws-facts.md §4.1).
 */
export const albSubnetNotPublic = defineRule("alb-subnet-not-public", "error", (ctx, emit) => {
  for (const lb of Object.values(ctx.design.loadBalancers)) {
    if (lb.scheme !== "internet-facing") continue;
    for (const subnet of albSubnets(ctx, lb)) {
      if (!ctx.isPublic(subnet.id)) emit([lb.id, subnet.id], `loadBalancers.${lb.id}.subnetIds.${lb.subnetIds.indexOf(subnet.id)}`, { name: lb.name, subnet: subnet.name });
    }
  }
});

/** Each ALB subnet must be at least /27 so the load balancer can add nodes. */
export const albSubnetTooSmall = defineRule("alb-subnet-too-small", "error", (ctx, emit) => {
  for (const lb of Object.values(ctx.design.loadBalancers)) {
    for (const subnet of albSubnets(ctx, lb)) {
      const cidr = ctx.subnetCidr.get(subnet.id);
      if (cidr && cidr.prefix > ALB_MIN_SUBNET_PREFIX) {
        emit([lb.id, subnet.id], `loadBalancers.${lb.id}.subnetIds.${lb.subnetIds.indexOf(subnet.id)}`, { name: lb.name, subnet: subnet.name, cidr: subnet.cidr });
      }
    }
  }
});

/** A listener port takes one listener (DuplicateListener). */
export const listenerPortDuplicate = defineRule("listener-port-duplicate", "error", ({ design }, emit) => {
  for (const lb of Object.values(design.loadBalancers)) {
    const indexed = lb.listeners.map((listener, index) => ({ listener, index }));
    for (const [port, same] of groupBy(indexed, (l) => String(l.listener.port))) {
      if (same.length > 1) emit([lb.id], `loadBalancers.${lb.id}.listeners.${same[1].index}.port`, { name: lb.name, port: Number(port) });
    }
  }
});

/** A target group belongs to one load balancer at most. */
export const targetGroupShared = defineRule("target-group-shared", "error", ({ design }, emit) => {
  const users = new Map<string, LoadBalancer[]>();
  for (const lb of Object.values(design.loadBalancers)) {
    for (const tgId of new Set(lb.listeners.map((l) => l.targetGroupId))) users.set(tgId, [...(users.get(tgId) ?? []), lb]);
  }
  for (const [tgId, lbs] of users) {
    const tg = own(design.targetGroups, tgId as keyof typeof design.targetGroups);
    if (!tg || lbs.length < 2) continue;
    emit([tg.id, ...lbs.map((b) => b.id)], `targetGroups.${tg.id}`, { tg: tg.name, count: lbs.length, lbs: list(lbs.map((b) => b.name)) });
  }
});
