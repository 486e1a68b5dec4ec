import type { Design } from "../design/schema";
import { describeTraffic } from "./addresses";
import { checkIngress, checkListener, checkReturnToInternet, INTERNET_LABEL, INTERNET_PEER, vpcName } from "./checks";
import type { ReachEnv } from "./env";
import type { Trace } from "./trace";
import { INTERNET, type Place, type Traffic } from "./types";

/**
 * Internet → a place: the VPC's internet gateway, a public address on the destination
 * (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS), the destination's inbound rules, an ALB listener,
 * and a way back: replies need the destination subnet's route to that gateway. With `isFinal`
 * false the walk continues behind the load balancer, so no arrival hop is added.
 */
export function internetToPlace(env: ReachEnv, t: Trace, dst: Place, traffic: Traffic, isFinal = true): boolean {
  t.pass(INTERNET, "internet", "internet-client", { address: INTERNET_LABEL, traffic: describeTraffic(traffic) });
  const lb = dst.kind === "load-balancer" ? env.design.loadBalancers[dst.entityId as keyof Design["loadBalancers"]] : undefined;
  if (lb && lb.scheme === "internal") return t.block(lb.id, "load-balancer", "load-balancer-internal", "alb-internal", { name: lb.name });
  if (lb && dst.subnets.length === 0) return t.block(lb.id, "load-balancer", "load-balancer-no-subnets", "alb-no-subnets", { name: lb.name });
  const igw = env.igwOf(dst.vpcId);
  if (!igw) return t.block(dst.vpcId, "vpc", "no-internet-gateway", "no-internet-gateway", { vpc: vpcName(env, dst.vpcId), name: dst.name });
  if (!dst.hasPublicIp) return t.block(dst.entityId, dst.kind, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "no-public-ip-ingress", { name: dst.name, igw: igw.name });
  t.pass(igw.id, "internet-gateway", "igw-in", { name: igw.name, target: dst.name });
  if (!checkIngress(env, t, dst, traffic, INTERNET_PEER, INTERNET_LABEL)) return false;
  if (lb && !checkListener(env, t, lb, traffic)) return false;
  if (!checkReturnToInternet(env, t, dst, igw.name)) return false;
  return isFinal ? t.pass(dst.entityId, dst.kind, "arrive", { name: dst.name, traffic: describeTraffic(traffic) }) : true;
}
