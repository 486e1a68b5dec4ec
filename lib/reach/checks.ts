import type { Design, Listener, LoadBalancer, Subnet } from "../design/schema";
import { describeTraffic, formatCidr, INTERNET_ADDRESS, INTERNET_BLOCK } from "./addresses";
import type { ReachEnv } from "./env";
import { describeRule, findRule, type Peer } from "./group-rules";
import { lookupRoute, type RouteMatch } from "./route-lookup";
import type { Trace } from "./trace";
import type { Place, Traffic } from "./types";

/** The Internet client as a security-group peer: one public address, no groups. */
export const INTERNET_PEER: Peer = { blocks: [INTERNET_BLOCK], groupIds: new Set() };
export const INTERNET_LABEL = formatCidr(INTERNET_BLOCK).replace("/32", "");

/** A place as the peer of the other end's rules. */
export function peerOf(place: Place): Peer {
  return { blocks: place.blocks, groupIds: new Set((place.groups ?? []).map((g) => g.id)) };
}

/**
 * The source's groups must let the traffic out. A subnet has no group, so nothing is checked;
 * an ALB's refusal is TARGET_PORT_RESTRICTION as Reachability Analyzer names it.
 */
export function checkEgress(env: ReachEnv, t: Trace, src: Place, traffic: Traffic, peer: Peer, peerLabel: string): boolean {
  return checkGroups(env, t, src, "egress", traffic, peer, peerLabel);
}

/** The destination's groups must let the traffic in (by CIDR or by group reference). */
export function checkIngress(env: ReachEnv, t: Trace, dst: Place, traffic: Traffic, peer: Peer, peerLabel: string): boolean {
  return checkGroups(env, t, dst, "ingress", traffic, peer, peerLabel);
}

function checkGroups(env: ReachEnv, t: Trace, place: Place, direction: "ingress" | "egress", traffic: Traffic, peer: Peer, peerLabel: string): boolean {
  if (place.groups === null) return true;
  const base = { name: place.name, traffic: describeTraffic(traffic), peer: peerLabel };
  if (place.groups.length === 0) return t.block(place.entityId, place.kind, "no-security-group", "no-security-group", base);
  const match = findRule(place.groups, direction, traffic, peer, env.cache);
  if (match) return t.pass(match.group.id, "security-group", `sg-${direction}`, { ...base, group: match.group.name, rule: describeRule(match.rule) });
  const groups = place.groups.map((g) => g.name).join(", ");
  const empty = place.groups.every((g) => g[direction].length === 0);
  const mismatch = direction === "egress" && place.kind === "load-balancer" ? "TARGET_PORT_RESTRICTION" : "ENI_SG_RULES_MISMATCH";
  return t.block(place.groups[0].id, "security-group", empty ? "SG_HAS_NO_RULES" : mismatch, `sg-${direction}-denied`, { ...base, groups });
}

/**
 * Looks up the route from a subnet to an address and records it as a hop. A missing table or
 * route is NO_ROUTE_TO_DESTINATION; a route whose gateway is not in the design is a blackhole
 * (BAD_STATE_ROUTE). Returns the match to follow, or null when blocked.
 */
export function routeHop(env: ReachEnv, t: Trace, subnet: Subnet, address: number, destLabel: string): Exclude<RouteMatch, { kind: "no-table" | "none" }> | null {
  const match = lookupRoute(env.ctx, env.cache, subnet, address);
  if (match.kind === "no-table") {
    t.block(subnet.id, "subnet", "NO_ROUTE_TO_DESTINATION", "no-route-table", { subnet: subnet.name, dest: destLabel });
    return null;
  }
  const table = match.table.name;
  if (match.kind === "none") {
    t.block(match.table.id, "route-table", "NO_ROUTE_TO_DESTINATION", "no-route", { table, subnet: subnet.name, dest: destLabel });
    return null;
  }
  const params = { table, subnet: subnet.name, dest: destLabel, destination: match.destination };
  if (match.kind === "local") {
    t.pass(match.table.id, "route-table", "route-local", params);
    return match;
  }
  const { design } = env;
  const exists = match.kind === "internet-gateway" ? design.internetGateways[match.targetId as keyof Design["internetGateways"]] : design.natGateways[match.targetId as keyof Design["natGateways"]];
  if (!exists) {
    t.block(match.table.id, "route-table", "BAD_STATE_ROUTE", "route-blackhole", { ...params, kind: match.kind, target: match.targetId });
    return null;
  }
  t.pass(match.table.id, "route-table", `route-${match.kind}`, { ...params, target: exists.name });
  return match;
}

/**
 * Leaving through an internet gateway: it must be attached to this VPC
 * (BAD_STATE_ATTACHMENT) and the sender must have a public address
 * (IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS); a NAT gateway's Elastic IP counts as one.
 */
export function throughIgw(env: ReachEnv, t: Trace, igwId: string, vpcId: string, sender: { entityId: string; kind: Place["kind"] | "nat-gateway"; name: string; hasPublicIp: boolean }): boolean {
  const igw = env.design.internetGateways[igwId as keyof Design["internetGateways"]];
  if (!igw) return t.block(igwId, "internet-gateway", "BAD_STATE_ROUTE", "route-blackhole", { kind: "internet-gateway", target: igwId });
  if (igw.vpcId !== vpcId) return t.block(igw.id, "internet-gateway", "BAD_STATE_ATTACHMENT", "igw-not-attached", { name: igw.name, vpc: vpcName(env, vpcId) });
  if (!sender.hasPublicIp) return t.block(sender.entityId, sender.kind, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", "no-public-ip-egress", { name: sender.name, igw: igw.name });
  t.pass(igw.id, "internet-gateway", "igw-out", { name: igw.name, sender: sender.name });
  return t.pass("internet", "internet", "internet-server", { address: INTERNET_LABEL });
}

/**
 * Replies to an Internet client leave by the destination subnet's own routes: each subnet
 * (every ALB subnet) needs the client's address routed to an internet gateway of the VPC,
 * else the connection times out — for an ALB, only the requests landing on that subnet's node.
 */
export function checkReturnToInternet(env: ReachEnv, t: Trace, dst: Place, igwName: string): boolean {
  for (const subnet of dst.subnets) {
    const match = lookupRoute(env.ctx, env.cache, subnet, INTERNET_ADDRESS);
    const isIgw = match.kind === "internet-gateway" && env.design.internetGateways[match.targetId as keyof Design["internetGateways"]]?.vpcId === subnet.vpcId;
    if (isIgw) continue;
    const how = match.kind === "nat-gateway" ? `nat:${env.design.natGateways[match.targetId as keyof Design["natGateways"]]?.name ?? match.targetId}` : match.kind;
    const key = dst.kind === "load-balancer" ? "return-no-route-alb" : "return-no-route";
    const params = { name: dst.name, subnet: subnet.name, table: "table" in match ? match.table.name : "", how, igw: igwName, dest: INTERNET_LABEL };
    return "table" in match ? t.block(match.table.id, "route-table", "NO_ROUTE_TO_DESTINATION", key, params) : t.block(subnet.id, "subnet", "NO_ROUTE_TO_DESTINATION", key, params);
  }
  const first = dst.subnets[0];
  const table = first && env.ctx.effectiveTable(first.id);
  return table ? t.pass(table.id, "route-table", "return-via-igw", { name: dst.name, table: table.name, igw: igwName, count: dst.subnets.length }) : true;
}

/** The listener that takes this traffic: HTTP/HTTPS listeners are TCP on one port. */
export function findListener(lb: LoadBalancer, traffic: Traffic): Listener | undefined {
  return traffic.protocol === "tcp" ? lb.listeners.find((l) => l.port === traffic.port) : undefined;
}

/** An ALB accepts only TCP (PROTOCOL_RESTRICTION) on a listener's port (ELBV2_LISTENERS_MISMATCH) that forwards to a target group (ELBV2_LISTENER_HAS_NO_TG). */
export function checkListener(env: ReachEnv, t: Trace, lb: LoadBalancer, traffic: Traffic): boolean {
  const base = { name: lb.name, traffic: describeTraffic(traffic), ports: lb.listeners.map((l) => `${l.protocol}:${l.port}`).join(", ") || "-" };
  if (traffic.protocol !== "tcp") return t.block(lb.id, "listener", "PROTOCOL_RESTRICTION", "listener-protocol", base);
  const listener = findListener(lb, traffic);
  if (!listener) return t.block(lb.id, "listener", "ELBV2_LISTENERS_MISMATCH", "no-listener", base);
  const tg = env.design.targetGroups[listener.targetGroupId];
  if (!tg || tg.targets.length === 0) return t.block(lb.id, "listener", "ELBV2_LISTENER_HAS_NO_TG", "listener-no-targets", { ...base, tg: tg?.name ?? listener.targetGroupId });
  return t.pass(lb.id, "listener", "listener", { ...base, protocol: listener.protocol, port: listener.port, tg: tg.name });
}

export function vpcName(env: ReachEnv, vpcId: string): string {
  return env.design.vpcs[vpcId as keyof Design["vpcs"]]?.name ?? vpcId;
}
