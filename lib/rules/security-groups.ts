import type { SecurityGroupRule } from "../design/schema";
import { defineRule } from "./define-rule";

/** Inbound and outbound rules per group, counted separately (default quota). */
export const MAX_RULES_PER_DIRECTION = 60;

const ADMIN_PORTS = [
  { port: 22, service: "SSH", control: "EC2.13" },
  { port: 3389, service: "RDP", control: "EC2.14" },
] as const;

/** True when the rule lets TCP `port` in (protocol "all" covers every port). */
export function coversTcpPort(rule: SecurityGroupRule, port: number): boolean {
  if (rule.protocol === "all") return true;
  return rule.protocol === "tcp" && rule.fromPort <= port && port <= rule.toPort;
}

/** SSH or RDP open to the whole internet: Security Hub EC2.13 / EC2.14, CKV_AWS_24/25. */
export const sgAdminPortOpen = defineRule("sg-admin-port-open", "warning", ({ design }, emit) => {
  for (const group of Object.values(design.securityGroups)) {
    group.ingress.forEach((rule, i) => {
      if (rule.peer.kind !== "cidr" || rule.peer.cidr.trim() !== "0.0.0.0/0") return;
      for (const { port, service, control } of ADMIN_PORTS) {
        if (coversTcpPort(rule, port)) emit([group.id], `securityGroups.${group.id}.ingress.${i}`, { name: group.name, port, service, control });
      }
    });
  }
});

/** Every port open to the internet (CKV_AWS_277): almost never what a design needs. */
export const sgAllPortsOpen = defineRule("sg-all-ports-open", "warning", ({ design }, emit) => {
  for (const group of Object.values(design.securityGroups)) {
    group.ingress.forEach((rule, i) => {
      const everyPort = rule.protocol === "all" || (rule.protocol !== "icmp" && rule.fromPort === 0 && rule.toPort === 65535);
      if (everyPort && rule.peer.kind === "cidr" && rule.peer.cidr.trim() === "0.0.0.0/0") emit([group.id], `securityGroups.${group.id}.ingress.${i}`, { name: group.name });
    });
  }
});

/** More than 60 rules in one direction fails with RulesPerSecurityGroupLimitExceeded. */
export const sgRuleLimit = defineRule("sg-rule-limit", "error", ({ design }, emit) => {
  for (const group of Object.values(design.securityGroups)) {
    for (const [field, direction] of [["ingress", "inbound"], ["egress", "outbound"]] as const) {
      const count = group[field].length;
      if (count > MAX_RULES_PER_DIRECTION) emit([group.id], `securityGroups.${group.id}.${field}`, { name: group.name, count, direction, limit: MAX_RULES_PER_DIRECTION });
    }
  }
});
