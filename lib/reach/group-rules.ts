import type { Cidr } from "../cidr/parse";
import type { SecurityGroup, SecurityGroupRule } from "../design/schema";
import { cidrOf, coversAll } from "./addresses";
import type { Traffic } from "./types";

/** The other end of a connection as a rule sees it: its addresses and its security groups. */
export type Peer = { blocks: readonly Cidr[]; groupIds: ReadonlySet<string> };

export type RuleMatch = { group: SecurityGroup; rule: SecurityGroupRule };

/** True when the rule's protocol and port range admit the traffic; "all" admits everything, icmp ignores ports. */
export function coversTraffic(rule: SecurityGroupRule, traffic: Traffic): boolean {
  if (rule.protocol === "all") return true;
  if (rule.protocol !== traffic.protocol) return false;
  return traffic.protocol === "icmp" || (rule.fromPort <= traffic.port && traffic.port <= rule.toPort);
}

/**
 * The first rule of any of the groups that admits the traffic to or from the peer, or null.
 * Security groups only allow (there is no deny), so one matching rule in one group suffices.
 * A CIDR rule must cover every address the peer may use (all of an ALB's subnets); a group
 * rule matches when the peer carries that group (docs/aws-facts.md §10.3).
 */
export function findRule(groups: readonly SecurityGroup[], direction: "ingress" | "egress", traffic: Traffic, peer: Peer, cache: Map<string, Cidr | null>): RuleMatch | null {
  for (const group of groups) {
    for (const rule of group[direction]) {
      if (!coversTraffic(rule, traffic)) continue;
      if (rule.peer.kind === "security-group") {
        if (peer.groupIds.has(rule.peer.securityGroupId)) return { group, rule };
        continue;
      }
      const block = cidrOf(cache, rule.peer.cidr);
      if (block && coversAll(block, peer.blocks)) return { group, rule };
    }
  }
  return null;
}

/** "tcp 80-443 sg:alb-sg", "all 0.0.0.0/0": a rule in one line for hop notes. */
export function describeRule(rule: SecurityGroupRule): string {
  const ports = rule.protocol === "all" || rule.protocol === "icmp" ? "" : rule.fromPort === rule.toPort ? ` ${rule.fromPort}` : ` ${rule.fromPort}-${rule.toPort}`;
  const peer = rule.peer.kind === "cidr" ? rule.peer.cidr : `sg:${rule.peer.securityGroupId}`;
  return `${rule.protocol}${ports} ${peer}`;
}
