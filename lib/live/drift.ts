import type { Design, SecurityGroupRule } from "../design/schema";
import type { RuleView, SnapshotRoute } from "./snapshot";
import { own } from "../design/own";
import { liveText, type LiveText } from "./text";

/** Recorded AWS ids by design entity id, to translate design references into what AWS shows. */
export type AwsIds = Record<string, string | undefined>;

/**
 * A rule's message values: `protocol` ("tcp", "icmp", or "all" for every protocol), `ports`
 * ("22", "1024-65535", "" for all and for ICMP: the design has no ICMP types, its rule means
 * every type, which AWS reports as -1/-1) and `peer` (a CIDR or a group id), the same for design
 * and AWS rules.
 *
 * @example ruleParams({ protocol: "tcp", fromPort: 22, toPort: 22, peer: "0.0.0.0/0" }) // { protocol: "tcp", ports: "22", peer: "0.0.0.0/0" }
 */
export function ruleParams(rule: RuleView): { protocol: string; ports: string; peer: string } {
  const protocol = rule.protocol === "-1" ? "all" : rule.protocol === "1" ? "icmp" : rule.protocol;
  const isPortless = protocol === "all" || protocol === "icmp";
  const ports = isPortless ? "" : rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`;
  return { protocol, ports, peer: rule.peer };
}

/** `tcp 22 from 0.0.0.0/0`, `all from sg-123`, `icmp from 10.0.0.0/8`: one English spelling for design rules and AWS rules (CLI, comparisons). */
export function formatRule(rule: RuleView, direction: "from" | "to"): string {
  const { protocol, ports, peer } = ruleParams(rule);
  return `${protocol}${ports ? ` ${ports}` : ""} ${direction} ${peer}`;
}

function designRule(rule: SecurityGroupRule, ids: AwsIds): RuleView {
  const peer = rule.peer.kind === "cidr" ? rule.peer.cidr : (ids[rule.peer.securityGroupId] ?? rule.peer.securityGroupId);
  return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}

/** What is in one list and not the other, compared by `keyOf`, in a stable order. */
function diff<T>(expected: T[], actual: T[], keyOf: (item: T) => string): Array<{ change: "added" | "removed"; item: T }> {
  const has = new Set(actual.map(keyOf));
  const want = new Set(expected.map(keyOf));
  const sorted = (items: T[]) => [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return [
    ...sorted(expected.filter((e) => !has.has(keyOf(e)))).map((item) => ({ change: "removed" as const, item })),
    ...sorted(actual.filter((a) => !want.has(keyOf(a)))).map((item) => ({ change: "added" as const, item })),
  ];
}

/**
 * How a security group's rules differ from the design that was deployed.
 *
 * @example securityGroupDrift(design, "lab-sg", ids, [], egress)[0] // { key: "driftRule", params: { direction: "inbound", change: "removed", protocol: "tcp", ports: "22", peer: "0.0.0.0/0" } }
 */
export function securityGroupDrift(design: Design, logicalId: string, ids: AwsIds, ingress: RuleView[], egress: RuleView[]): LiveText[] {
  const group = own(design.securityGroups, logicalId);
  if (!group) return [];
  const key = (r: RuleView) => formatRule(r, "from");
  const side = (direction: "inbound" | "outbound", expected: RuleView[], actual: RuleView[]) =>
    diff(expected, actual, key).map(({ change, item }) => liveText("driftRule", { direction, change, ...ruleParams(item) }));
  return [...side("inbound", group.ingress.map((r) => designRule(r, ids)), ingress), ...side("outbound", group.egress.map((r) => designRule(r, ids)), egress)];
}

/** How a route table's routes (besides `local`) differ from the design that was deployed. */
export function routeTableDrift(design: Design, logicalId: string, ids: AwsIds, routes: SnapshotRoute[]): LiveText[] {
  const table = own(design.routeTables, logicalId);
  if (!table) return [];
  const expected = table.routes
    .filter((r) => r.target.kind !== "local")
    .map((r) => {
      const target = r.target.kind === "internet-gateway" ? r.target.internetGatewayId : r.target.kind === "nat-gateway" ? r.target.natGatewayId : "local";
      return { destination: r.destination, target: ids[target] ?? target };
    });
  const actual = routes.filter((r) => r.target !== "local").map((r) => ({ destination: r.destination, target: r.target }));
  return diff(expected, actual, (r) => `${r.destination} → ${r.target}`).map(({ change, item }) => liveText("driftRoute", { change, ...item }));
}
