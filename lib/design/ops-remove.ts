import { ENTITY_COLLECTIONS } from "./constants";
import type { Design } from "./schema";

/**
 * Removes entities and everything that only makes sense with them (a cascade):
 * a VPC takes its subnets, gateways, tables, groups and target groups; a subnet takes its
 * instances, NAT gateways, table associations and load-balancer placements; an instance leaves
 * every target group; a NAT or internet gateway takes the routes that point at it (and a NAT its
 * Elastic IP when nothing else uses it); a security group disappears from members and from
 * other groups' rules; a target group takes the listeners that forward to it.
 * One new document, every untouched collection shared with the old one.
 */
export function removeEntities(design: Design, ids: readonly string[]): Design {
  const pending = new Set<string>();
  for (const id of ids) collectDependents(design, id, pending);
  if (pending.size === 0) return design;
  const draft = { design: { ...design } };
  for (const key of ENTITY_COLLECTIONS) {
    const record = design[key] as Record<string, unknown>;
    if (![...pending].some((id) => Object.hasOwn(record, id))) continue;
    const kept = Object.fromEntries(Object.entries(record).filter(([id]) => !pending.has(id)));
    (draft.design as Record<string, unknown>)[key] = kept;
  }
  if ([...pending].some((id) => Object.hasOwn(design.layout, id))) {
    draft.design.layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !pending.has(id)));
  }
  scrubReferences(draft.design, pending);
  return draft.design;
}

/** Removes one entity with its cascade; see `removeEntities`. */
export function removeEntity(design: Design, id: string): Design {
  return removeEntities(design, [id]);
}

/** Adds `id` and, transitively, every entity that cannot exist without it. */
function collectDependents(design: Design, id: string, out: Set<string>): void {
  if (out.has(id)) return;
  const exists = ENTITY_COLLECTIONS.some((key) => Object.hasOwn(design[key], id));
  if (!exists) return;
  out.add(id);
  const children: string[] = [];
  if (design.vpcs[id]) {
    for (const key of ["subnets", "routeTables", "securityGroups", "targetGroups"] as const) {
      for (const e of Object.values(design[key])) if (e.vpcId === id) children.push(e.id);
    }
    for (const igw of Object.values(design.internetGateways)) if (igw.vpcId === id) children.push(igw.id);
  }
  if (design.subnets[id]) {
    for (const i of Object.values(design.instances)) if (i.subnetId === id) children.push(i.id);
    for (const n of Object.values(design.natGateways)) if (n.subnetId === id) children.push(n.id);
  }
  const nat = design.natGateways[id];
  if (nat?.elasticIpId) {
    const shared = Object.values(design.natGateways).some((n) => n.id !== id && n.elasticIpId === nat.elasticIpId && !out.has(n.id));
    if (!shared) children.push(nat.elasticIpId);
  }
  for (const child of children) collectDependents(design, child, out);
}

/** Drops references to removed ids from the entities that remain (only touched ones are copied). */
function scrubReferences(d: Design, gone: ReadonlySet<string>): void {
  const has = (id: string | null) => id !== null && gone.has(id);
  d.routeTables = mapChanged(d.routeTables, (t) => {
    const subnetIds = t.subnetIds.filter((s) => !has(s));
    const routes = t.routes.filter((r) => !(r.target.kind === "internet-gateway" && has(r.target.internetGatewayId)) && !(r.target.kind === "nat-gateway" && has(r.target.natGatewayId)));
    return subnetIds.length === t.subnetIds.length && routes.length === t.routes.length ? t : { ...t, subnetIds, routes };
  });
  d.natGateways = mapChanged(d.natGateways, (n) => (has(n.elasticIpId) ? { ...n, elasticIpId: null } : n));
  d.internetGateways = mapChanged(d.internetGateways, (g) => (has(g.vpcId) ? { ...g, vpcId: null } : g));
  d.instances = mapChanged(d.instances, (i) => {
    const securityGroupIds = i.securityGroupIds.filter((s) => !has(s));
    return securityGroupIds.length === i.securityGroupIds.length ? i : { ...i, securityGroupIds };
  });
  d.securityGroups = mapChanged(d.securityGroups, (g) => {
    const keep = (r: (typeof g.ingress)[number]) => !(r.peer.kind === "security-group" && has(r.peer.securityGroupId));
    const ingress = g.ingress.filter(keep);
    const egress = g.egress.filter(keep);
    return ingress.length === g.ingress.length && egress.length === g.egress.length ? g : { ...g, ingress, egress };
  });
  d.targetGroups = mapChanged(d.targetGroups, (g) => {
    const targets = g.targets.filter((t) => !has(t));
    return targets.length === g.targets.length ? g : { ...g, targets };
  });
  d.loadBalancers = mapChanged(d.loadBalancers, (lb) => {
    const subnetIds = lb.subnetIds.filter((s) => !has(s));
    const securityGroupIds = lb.securityGroupIds.filter((s) => !has(s));
    const listeners = lb.listeners.filter((l) => !has(l.targetGroupId));
    const same = subnetIds.length === lb.subnetIds.length && securityGroupIds.length === lb.securityGroupIds.length && listeners.length === lb.listeners.length;
    return same ? lb : { ...lb, subnetIds, securityGroupIds, listeners };
  });
}

/** Maps a record's values, returning the same record object when no value changed. */
function mapChanged<T>(record: Record<string, T>, fn: (value: T) => T): Record<string, T> {
  let out: Record<string, T> | null = null;
  for (const [id, value] of Object.entries(record)) {
    const next = fn(value);
    if (next !== value) {
      out ??= { ...record };
      out[id] = next;
    }
  }
  return out ?? record;
}
