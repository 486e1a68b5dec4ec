import type { Design } from "../design/schema";
import { INTERNET_BLOCK, cidrOf, coversAll } from "./addresses";
import { buildEnv, type ReachEnv } from "./env";
import { internetToPlace } from "./inbound";
import { placeToInternet } from "./outbound";
import { Trace } from "./trace";
import type { Blocker, Place } from "./types";
import { internetViaLoadBalancer } from "./via-alb";

export type PortRange = { fromPort: number; toPort: number };

/** The questions every learner asks of an instance, answered at once for the inspector. */
export type InstanceSummary = {
  instanceId: string;
  /** TCP ports an Internet client reaches on the instance's own public address, merged and sorted. */
  directPorts: PortRange[];
  /** Listener ports of load balancers that get through to this instance (and the port it is reached on). */
  viaLoadBalancer: { loadBalancerId: string; port: number; targetPort: number }[];
  /** Can it open connections to the Internet (tcp/443), and through what. */
  internet: { verdict: "reachable" | "blocked"; via: { kind: "internet-gateway" | "nat-gateway"; id: string } | null; blockedAt: Blocker | null };
};

/** The sample port for "can it reach the Internet": HTTPS, what package installs and APIs use. */
const OUTBOUND_PORT = 443;

/**
 * Summarises one instance; undefined when the id is not an instance with a subnet. Direct
 * ports come from its inbound rules that admit an Internet client: the rest of the path does
 * not depend on the port, so one question per rule decides the whole range.
 */
export function instanceSummary(design: Design | ReachEnv, instanceId: string): InstanceSummary | undefined {
  const env = "ctx" in design ? design : buildEnv(design);
  const place = env.placeOf(instanceId);
  if (!place || place.kind !== "instance") return undefined;
  return { instanceId, directPorts: directPorts(env, place), viaLoadBalancer: viaLoadBalancers(env, place), internet: outbound(env, place) };
}

function directPorts(env: ReachEnv, place: Place): PortRange[] {
  const ranges: PortRange[] = [];
  for (const group of place.groups ?? []) {
    for (const rule of group.ingress) {
      if (rule.protocol !== "tcp" && rule.protocol !== "all") continue;
      if (rule.peer.kind !== "cidr") continue;
      const block = cidrOf(env.cache, rule.peer.cidr);
      if (!block || !coversAll(block, [INTERNET_BLOCK])) continue;
      const range = rule.protocol === "all" ? { fromPort: 1, toPort: 65535 } : { fromPort: Math.max(1, rule.fromPort), toPort: rule.toPort };
      if (range.fromPort > range.toPort) continue;
      if (internetToPlace(env, new Trace(), place, { protocol: "tcp", port: range.fromPort })) ranges.push(range);
    }
  }
  return mergeRanges(ranges);
}

/** Sorted, overlapping or touching ranges joined: [80-80, 22-22, 81-90] → [22-22, 80-90]. */
export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.fromPort - b.fromPort);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.fromPort <= last.toPort + 1) last.toPort = Math.max(last.toPort, r.toPort);
    else out.push({ ...r });
  }
  return out;
}

function viaLoadBalancers(env: ReachEnv, place: Place): InstanceSummary["viaLoadBalancer"] {
  const out: InstanceSummary["viaLoadBalancer"] = [];
  for (const lb of Object.values(env.design.loadBalancers)) {
    for (const listener of lb.listeners) {
      const tg = env.design.targetGroups[listener.targetGroupId];
      if (!tg?.targets.includes(place.entityId as never)) continue;
      const answer = internetViaLoadBalancer(env, lb, place, { protocol: "tcp", port: listener.port }).answer();
      if (answer.verdict === "reachable") out.push({ loadBalancerId: lb.id, port: listener.port, targetPort: tg.port });
    }
  }
  return out;
}

function outbound(env: ReachEnv, place: Place): InstanceSummary["internet"] {
  const t = new Trace();
  placeToInternet(env, t, place, { protocol: "tcp", port: OUTBOUND_PORT });
  const answer = t.answer();
  if (answer.verdict === "blocked") return { verdict: "blocked", via: null, blockedAt: answer.blockedAt };
  const nat = answer.path.find((h) => h.kind === "nat-gateway");
  const igw = answer.path.find((h) => h.kind === "internet-gateway");
  const via = nat ? { kind: "nat-gateway" as const, id: nat.entityId } : igw ? { kind: "internet-gateway" as const, id: igw.entityId } : null;
  return { verdict: "reachable", via, blockedAt: null };
}
