import { parseCidr } from "../cidr/parse";
import { size, usableAddresses } from "../cidr/math";
import { KIND_OF_COLLECTION, type EntityKind } from "./constants";
import { collectionOf } from "./ops";
import { own } from "./own";
import { isPublicSubnet } from "./routing";
import type { SubnetId } from "./ids";
import type { Design } from "./schema";

/**
 * One line of a hover card. `key` names the fact (the UI words it); `value` is shown as is
 * (names, CIDRs, ports), `count` is a number the message pluralises, and `term` is a word
 * the UI translates (public / private, internet-facing, none).
 */
export type Fact = { key: string; value?: string; count?: number; term?: string };

const prefixOf = (cidr: string) => {
  const parsed = parseCidr(cidr);
  return parsed.ok ? parsed.value.prefix : undefined;
};
const groupNames = (design: Design, ids: readonly string[]) => ids.map((id) => own(design.securityGroups, id)?.name ?? id).join(", ");

type Facts = (design: Design, id: string) => Fact[];

const FACTS: Record<EntityKind, Facts> = {
  vpc: (d, id) => {
    const vpc = d.vpcs[id as never];
    const prefix = prefixOf(vpc.cidr);
    const subnets = Object.values(d.subnets).filter((s) => s.vpcId === id);
    return [{ key: "cidr", value: vpc.cidr }, ...(prefix !== undefined ? [{ key: "addresses", count: size(prefix) }] : []), { key: "subnets", count: subnets.length }, { key: "zones", count: new Set(subnets.map((s) => s.availabilityZone)).size }];
  },
  subnet: (d, id) => {
    const s = d.subnets[id as never];
    const prefix = prefixOf(s.cidr);
    return [
      { key: "cidr", value: s.cidr },
      { key: "zone", value: s.availabilityZone },
      { key: "access", term: isPublicSubnet(d, id as SubnetId) ? "public" : "private" },
      ...(prefix !== undefined ? [{ key: "usable", count: usableAddresses(prefix) }] : []),
      { key: "instances", count: Object.values(d.instances).filter((i) => i.subnetId === id).length },
    ];
  },
  "internet-gateway": (d, id) => {
    const vpcId = d.internetGateways[id as never].vpcId;
    return [vpcId ? { key: "attachedTo", value: own(d.vpcs, vpcId)?.name ?? vpcId } : { key: "attachedTo", term: "detached" }];
  },
  "elastic-ip": (d, id) => {
    const nat = Object.values(d.natGateways).find((n) => n.elasticIpId === id);
    return [nat ? { key: "usedBy", value: nat.name } : { key: "usedBy", term: "none" }];
  },
  "nat-gateway": (d, id) => {
    const nat = d.natGateways[id as never];
    const eip = nat.elasticIpId ? own(d.elasticIps, nat.elasticIpId) : undefined;
    return [{ key: "subnet", value: own(d.subnets, nat.subnetId)?.name ?? nat.subnetId }, eip ? { key: "elasticIp", value: eip.name } : { key: "elasticIp", term: "none" }];
  },
  "route-table": (d, id) => {
    const t = d.routeTables[id as never];
    return [{ key: "routes", count: t.routes.length + 1 }, { key: "subnets", count: t.subnetIds.length }, ...(t.isMain ? [{ key: "main", term: "yes" }] : [])];
  },
  "security-group": (d, id) => {
    const g = d.securityGroups[id as never];
    const members = [...Object.values(d.instances), ...Object.values(d.loadBalancers)].filter((m) => m.securityGroupIds.includes(id as never)).length;
    return [{ key: "inbound", count: g.ingress.length }, { key: "outbound", count: g.egress.length }, { key: "members", count: members }];
  },
  instance: (d, id) => {
    const i = d.instances[id as never];
    const subnet = own(d.subnets, i.subnetId);
    return [
      { key: "type", value: i.instanceType },
      { key: "subnet", value: subnet ? `${subnet.name} (${subnet.availabilityZone})` : i.subnetId },
      i.securityGroupIds.length ? { key: "groups", value: groupNames(d, i.securityGroupIds) } : { key: "groups", term: "none" },
      { key: "publicIp", term: i.associatePublicIp ? "yes" : "no" },
    ];
  },
  "target-group": (d, id) => {
    const tg = d.targetGroups[id as never];
    return [{ key: "port", value: `${tg.protocol} ${tg.port}` }, { key: "targets", count: tg.targets.length }, { key: "healthPath", value: tg.healthCheck.path }];
  },
  "load-balancer": (d, id) => {
    const lb = d.loadBalancers[id as never];
    return [{ key: "scheme", term: lb.scheme }, { key: "subnets", count: lb.subnetIds.length }, { key: "listeners", value: lb.listeners.map((l) => `${l.protocol} ${l.port}`).join(", ") || "—" }];
  },
};

/**
 * The few facts a hover card shows about one entity (what a student checks first: addresses,
 * zone, public or private, what it is attached to), or null for an id the design does not hold.
 *
 * @example entityFacts(seedLab(), "public-a")?.facts[0] // { key: "cidr", value: "192.168.2.0/24" }
 */
export function entityFacts(design: Design, id: string): { kind: EntityKind; name: string; facts: Fact[] } | null {
  const collection = collectionOf(design, id);
  if (!collection) return null;
  const kind = KIND_OF_COLLECTION[collection];
  return { kind, name: (design[collection][id] as { name: string }).name, facts: FACTS[kind](design, id) };
}
