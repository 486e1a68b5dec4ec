import type { Design, LoadBalancer } from "../design/schema";
import { findListener } from "./checks";
import type { ReachEnv } from "./env";
import { internetToPlace } from "./inbound";
import { placeToPlace } from "./internal";
import { Trace } from "./trace";
import type { Place, Traffic } from "./types";

/** Load balancers whose listener for this traffic forwards to a target group holding the instance. */
export function loadBalancersFor(env: ReachEnv, instanceId: string, traffic: Traffic): LoadBalancer[] {
  return Object.values(env.design.loadBalancers).filter((lb) => {
    const listener = findListener(lb, traffic);
    return listener !== undefined && (env.design.targetGroups[listener.targetGroupId]?.targets ?? []).includes(instanceId as never);
  });
}

/**
 * Internet → listener → target group → target → the target's inbound rules: the ALB opens a
 * new connection to the target on the target group's port, from its own nodes (their subnets
 * and security groups), and only to targets in an AZ it has a subnet in
 * (ELB_INSTALLED_AZ_RESTRICTION).
 */
export function internetViaLoadBalancer(env: ReachEnv, lb: LoadBalancer, dst: Place, traffic: Traffic): Trace {
  const t = new Trace(lb.id);
  const lbPlace = env.placeOf(lb.id) as Place;
  if (!internetToPlace(env, t, lbPlace, traffic, false)) return t;
  if (!toTarget(env, t, lb, lbPlace, dst)) return t;
  const listener = findListener(lb, traffic);
  const tg = listener && env.design.targetGroups[listener.targetGroupId];
  placeToPlace(env, t, lbPlace, dst, { protocol: "tcp", port: tg ? tg.port : traffic.port });
  return t;
}

/** The target-group hop and the AZ check, when the instance is one of this ALB's targets. */
export function toTarget(env: ReachEnv, t: Trace, lb: LoadBalancer, lbPlace: Place, dst: Place): boolean {
  const tg = lb.listeners.map((l) => env.design.targetGroups[l.targetGroupId]).find((g) => g?.targets.includes(dst.entityId as never));
  if (!tg) return true;
  const zone = dst.subnets[0]?.availabilityZone ?? "";
  const zones = [...new Set(lbPlace.subnets.map((s) => s.availabilityZone))];
  const params = { name: tg.name, lb: lb.name, target: dst.name, port: tg.port, zone, zones: zones.join(", ") };
  if (!zones.includes(zone)) return t.block(dst.entityId, "instance", "ELB_INSTALLED_AZ_RESTRICTION", "target-az", params);
  return t.pass(tg.id, "target-group", "target-group", params);
}

export function isLoadBalancer(design: Design, id: string): boolean {
  return design.loadBalancers[id as keyof Design["loadBalancers"]] !== undefined;
}
