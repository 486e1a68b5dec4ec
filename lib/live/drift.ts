import type { Design, SecurityGroupRule } from "../design/schema";
import type { RuleView, SnapshotRoute } from "./snapshot";
import { own } from "../design/own";

/** Recorded AWS ids by design entity id, to translate design references into what AWS shows. */
export type AwsIds = Record<string, string | undefined>;

/**
 * `tcp 22 from 0.0.0.0/0`, `all from sg-123`, `icmp from 10.0.0.0/8`: one spelling for design
 * rules and AWS rules. ICMP shows no ports: the design has no ICMP types (its rule means every
 * type, which AWS reports as -1/-1), so a design rule and its AWS rule spell alike.
 */
export function formatRule(rule: RuleView, direction: "from" | "to"): string {
  const protocol = rule.protocol === "-1" ? "all" : rule.protocol === "1" ? "icmp" : rule.protocol;
  const isPortless = protocol === "all" || protocol === "icmp";
  const ports = isPortless ? "" : rule.fromPort === rule.toPort ? ` ${rule.fromPort}` : ` ${rule.fromPort}-${rule.toPort}`;
  return `${protocol}${ports} ${direction} ${rule.peer}`;
}

function designRule(rule: SecurityGroupRule, ids: AwsIds): RuleView {
  const peer = rule.peer.kind === "cidr" ? rule.peer.cidr : (ids[rule.peer.securityGroupId] ?? rule.peer.securityGroupId);
  return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}

function diff(expected: string[], actual: string[], noun: string): string[] {
  const has = new Set(actual);
  const want = new Set(expected);
  return [
    ...expected.filter((e) => !has.has(e)).map((e) => `${noun} removed outside the app: ${e}`),
    ...actual.filter((a) => !want.has(a)).map((a) => `${noun} added outside the app: ${a}`),
  ];
}

/**
 * How a security group's rules differ from the design that was deployed.
 *
 * @example securityGroupDrift(design, "lab-sg", ids, [], egress)[0] === "inbound rule removed outside the app: tcp 22 from 0.0.0.0/0"
 */
export function securityGroupDrift(design: Design, logicalId: string, ids: AwsIds, ingress: RuleView[], egress: RuleView[]): string[] {
  const group = own(design.securityGroups, logicalId);
  if (!group) return [];
  const fmt = (rules: RuleView[], dir: "from" | "to") => rules.map((r) => formatRule(r, dir)).sort();
  return [
    ...diff(fmt(group.ingress.map((r) => designRule(r, ids)), "from"), fmt(ingress, "from"), "inbound rule"),
    ...diff(fmt(group.egress.map((r) => designRule(r, ids)), "to"), fmt(egress, "to"), "outbound rule"),
  ];
}

/** How a route table's routes (besides `local`) differ from the design that was deployed. */
export function routeTableDrift(design: Design, logicalId: string, ids: AwsIds, routes: SnapshotRoute[]): string[] {
  const table = own(design.routeTables, logicalId);
  if (!table) return [];
  const expected = table.routes
    .filter((r) => r.target.kind !== "local")
    .map((r) => {
      const target = r.target.kind === "internet-gateway" ? r.target.internetGatewayId : r.target.kind === "nat-gateway" ? r.target.natGatewayId : "local";
      return `${r.destination} → ${ids[target] ?? target}`;
    });
  const actual = routes.filter((r) => r.target !== "local").map((r) => `${r.destination} → ${r.target}`);
  return diff(expected.sort(), actual.sort(), "route");
}
