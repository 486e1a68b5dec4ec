import { formatCidr, nextBlock, parseCidr, type Cidr } from "../cidr";
import { ENTITY_COLLECTIONS, type EntityCollection } from "./constants";
import type { Design, LayoutBox, RouteTarget, Subnet } from "./schema";
import { DEFAULT_ROUTE } from "./routing";
import { removeEntity } from "./ops-remove";

export { removeEntity, removeEntities } from "./ops-remove";

type Collections = Pick<Design, EntityCollection>;
type EntityOf<C extends EntityCollection> = Design[C][string];
type Id = string;
type Point = { x: number; y: number };

/** Every id in use across all collections (ids are unique document-wide). */
export function usedIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const key of ENTITY_COLLECTIONS) for (const id of Object.keys(design[key])) ids.add(id);
  return ids;
}

/**
 * An id not yet used in the document, made from `base`: `freshId(d, "subnet")` is "subnet-1",
 * then "subnet-2"… A base that is itself free and already ends in a digit is used as is.
 */
export function freshId(design: Design, base: string, taken: ReadonlySet<string> = usedIds(design)): string {
  const stem = base.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 56) || "item";
  if (/\d$/.test(stem) && !taken.has(stem)) return stem;
  for (let n = 1; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The collection that holds an id, or undefined when no entity has it. */
export function collectionOf(design: Design, id: string): EntityCollection | undefined {
  return ENTITY_COLLECTIONS.find((key) => Object.hasOwn(design[key], id));
}

/** Puts one entity into its collection (new or replaced), leaving every other branch shared. */
export function putEntity<C extends EntityCollection>(design: Design, collection: C, entity: EntityOf<C>, at?: Point): Design {
  const record = { ...design[collection], [entity.id]: entity } as Design[C];
  const next = { ...design, [collection]: record } as Design;
  return at ? moveEntity(next, entity.id, at) : next;
}

/** Merges `patch` into one entity; unknown ids leave the document unchanged (same object). */
export function updateEntity<C extends EntityCollection>(design: Design, collection: C, id: Id, patch: Partial<Omit<EntityOf<C>, "id">>): Design {
  const current = (design[collection] as Record<string, EntityOf<C>>)[id];
  if (!current) return design;
  return putEntity(design, collection, { ...current, ...patch } as EntityOf<C>);
}

/** Sets an entity's position (relative to its container), keeping its size. */
export function moveEntity(design: Design, id: Id, pos: Point): Design {
  const box = design.layout[id];
  if (box && box.x === pos.x && box.y === pos.y) return design;
  return { ...design, layout: { ...design.layout, [id]: { ...box, x: pos.x, y: pos.y } } };
}

/** Replaces many layout boxes at once (auto-layout): one document change, one undo step. */
export function setLayout(design: Design, boxes: Record<Id, LayoutBox>): Design {
  return { ...design, layout: { ...design.layout, ...boxes } };
}

/** Sets the availability zones the design uses (the AZ columns of every VPC). */
export function setAvailabilityZones(design: Design, zones: readonly string[]): Design {
  return { ...design, availabilityZones: [...zones] };
}

/** Blocks already taken by the VPC's subnets (unparseable CIDRs are skipped: rules report them). */
export function takenBlocks(design: Design, vpcId: Id, except?: Id): Cidr[] {
  const blocks: Cidr[] = [];
  for (const subnet of Object.values(design.subnets)) {
    if (subnet.vpcId !== vpcId || subnet.id === except) continue;
    const parsed = parseCidr(subnet.cidr);
    if (parsed.ok) blocks.push(parsed.value);
  }
  return blocks;
}

/**
 * The next free `/prefix` block in a VPC, as text, or null when the VPC is full or its own CIDR
 * is invalid. `nextSubnetCidr(d, "lab-vpc")` → "192.168.0.0/24" in an empty 192.168.0.0/16.
 */
export function nextSubnetCidr(design: Design, vpcId: Id, prefix = 24): string | null {
  const vpc = design.vpcs[vpcId];
  const parsed = vpc && parseCidr(vpc.cidr);
  if (!parsed || !parsed.ok) return null;
  const wanted = Math.max(prefix, parsed.value.prefix);
  const block = nextBlock(parsed.value, takenBlocks(design, vpcId), wanted);
  return block ? formatCidr(block) : null;
}

/** Associates a subnet with a route table, dropping its association with any other table (a subnet has one). */
export function associateSubnet(design: Design, routeTableId: Id, subnetId: Id): Design {
  if (!design.routeTables[routeTableId] || !design.subnets[subnetId]) return design;
  const tables = { ...design.routeTables };
  for (const table of Object.values(design.routeTables)) {
    const has = table.subnetIds.includes(subnetId as Subnet["id"]);
    if (table.id === routeTableId && !has) tables[table.id] = { ...table, subnetIds: [...table.subnetIds, subnetId as Subnet["id"]] };
    if (table.id !== routeTableId && has) tables[table.id] = { ...table, subnetIds: table.subnetIds.filter((s) => s !== subnetId) };
  }
  return { ...design, routeTables: tables };
}

/** Removes an explicit association; the subnet falls back to its VPC's main table. */
export function disassociateSubnet(design: Design, routeTableId: Id, subnetId: Id): Design {
  const table = design.routeTables[routeTableId];
  if (!table || !table.subnetIds.includes(subnetId as Subnet["id"])) return design;
  return updateEntity(design, "routeTables", routeTableId, { subnetIds: table.subnetIds.filter((s) => s !== subnetId) });
}

/** Points a table's 0.0.0.0/0 route at a gateway, adding the route when missing. */
export function setDefaultRoute(design: Design, routeTableId: Id, target: RouteTarget): Design {
  const table = design.routeTables[routeTableId];
  if (!table) return design;
  const rest = table.routes.filter((r) => r.destination !== DEFAULT_ROUTE);
  return updateEntity(design, "routeTables", routeTableId, { routes: [...rest, { destination: DEFAULT_ROUTE, target }] });
}

/** Registers an instance with a target group (no duplicates). */
export function registerTarget(design: Design, targetGroupId: Id, instanceId: Id): Design {
  const group = design.targetGroups[targetGroupId];
  if (!group || !design.instances[instanceId] || group.targets.some((t) => t === instanceId)) return design;
  return updateEntity(design, "targetGroups", targetGroupId, { targets: [...group.targets, instanceId as (typeof group.targets)[number]] });
}

/** Places a load balancer in one more subnet (no duplicates). */
export function attachLoadBalancerSubnet(design: Design, loadBalancerId: Id, subnetId: Id): Design {
  const lb = design.loadBalancers[loadBalancerId];
  if (!lb || !design.subnets[subnetId] || lb.subnetIds.some((s) => s === subnetId)) return design;
  return updateEntity(design, "loadBalancers", loadBalancerId, { subnetIds: [...lb.subnetIds, subnetId as Subnet["id"]] });
}

/** Sends a load balancer's traffic to a target group: updates its first listener, or adds HTTP:80. */
export function forwardToTargetGroup(design: Design, loadBalancerId: Id, targetGroupId: Id): Design {
  const lb = design.loadBalancers[loadBalancerId];
  if (!lb || !design.targetGroups[targetGroupId]) return design;
  const tgId = targetGroupId as (typeof lb.listeners)[number]["targetGroupId"];
  const listeners = lb.listeners.length
    ? lb.listeners.map((l, i) => (i === 0 ? { ...l, targetGroupId: tgId } : l))
    : [{ protocol: "HTTP" as const, port: 80, targetGroupId: tgId }];
  return updateEntity(design, "loadBalancers", loadBalancerId, { listeners });
}

/** Adds a security group to an instance or load balancer (no duplicates). */
export function attachSecurityGroup(design: Design, memberId: Id, securityGroupId: Id): Design {
  if (!design.securityGroups[securityGroupId]) return design;
  const key = design.instances[memberId] ? "instances" : design.loadBalancers[memberId] ? "loadBalancers" : null;
  if (!key) return design;
  const member = design[key][memberId]!;
  if (member.securityGroupIds.some((s) => s === securityGroupId)) return design;
  const securityGroupIds = [...member.securityGroupIds, securityGroupId as (typeof member.securityGroupIds)[number]];
  return key === "instances" ? updateEntity(design, "instances", memberId, { securityGroupIds }) : updateEntity(design, "loadBalancers", memberId, { securityGroupIds });
}

/** Collections whose entities can be copied and pasted. */
export type CopyableCollection = Extract<EntityCollection, "subnets" | "instances" | "securityGroups">;

/**
 * Pastes a copy of a subnet, instance or security group under `newId`: a subnet gets the next
 * free CIDR of its VPC (same prefix), an instance a fresh name, a security group a fresh name
 * and the same rules (a rule naming the group itself names the copy). Returns the document
 * unchanged when nothing fits.
 */
export function pasteCopy(design: Design, collection: CopyableCollection, source: Subnet | EntityOf<"instances"> | EntityOf<"securityGroups">, newId: Id, at?: Point): Design {
  const taken = usedIds(design);
  const name = freshId(design, `${source.name}-copy`, new Set([...taken, ...Object.values(design[collection]).map((e) => e.name)]));
  if (collection === "securityGroups") {
    const group = source as EntityOf<"securityGroups">;
    if (!design.vpcs[group.vpcId]) return design;
    // A rule naming the group itself names the copy; rules naming other groups stay as they are.
    const own = (rules: typeof group.ingress) => rules.map((r) => (r.peer.kind === "security-group" && r.peer.securityGroupId === group.id ? { ...r, peer: { ...r.peer, securityGroupId: newId as typeof group.id } } : r));
    return putEntity(design, "securityGroups", { ...group, id: newId as typeof group.id, name, ingress: own(group.ingress), egress: own(group.egress) }, at);
  }
  if (collection === "instances") {
    const instance = source as EntityOf<"instances">;
    if (!design.subnets[instance.subnetId]) return design;
    return putEntity(design, "instances", { ...instance, id: newId as typeof instance.id, name }, at);
  }
  const subnet = source as Subnet;
  const prefix = parseCidr(subnet.cidr);
  const cidr = design.vpcs[subnet.vpcId] ? nextSubnetCidr(design, subnet.vpcId, prefix.ok ? prefix.value.prefix : 24) : null;
  if (!cidr) return design;
  return putEntity(design, "subnets", { ...subnet, id: newId as Subnet["id"], name, cidr }, at);
}

/** Removes an entity when it exists (a convenience over `removeEntity` for single ids). */
export function removeIfPresent(design: Design, id: Id): Design {
  return collectionOf(design, id) ? removeEntity(design, id) : design;
}

export type { Collections };
export * from "./ops-add";

/** Replaces the whole layout (auto-layout): entities without a box are placed automatically. */
export function replaceLayout(design: Design, boxes: Record<Id, LayoutBox>): Design {
  return { ...design, layout: boxes };
}
