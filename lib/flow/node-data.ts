import type { Design } from "../design/schema";
import { isPublicSubnet, subnetEgress } from "../design/routing";
import { parseCidr, usableAddresses } from "../cidr";
import type { Placement } from "./layout";

/** Display-only fields of a node: flat primitives, so an unchanged entity compares equal field by field. */
type Base = { entityId: string; kind: Placement["kind"]; errors: number; warnings: number };
export type NodeData = Base & { name: string } & Record<string, string | number | boolean | undefined>;

export type FindingCounts = ReadonlyMap<string, { errors: number; warnings: number }>;

const names = (design: Design, ids: readonly string[]) => ids.map((id) => design.securityGroups[id]?.name ?? id).join(", ");

/** Derives what a node shows (label, CIDR, free addresses, public or private, chips) from the document. */
export function nodeData(design: Design, p: Placement, counts: FindingCounts): NodeData {
  const c = counts.get(p.id) ?? { errors: 0, warnings: 0 };
  const base: Base = { entityId: p.id, kind: p.kind, errors: c.errors, warnings: c.warnings };
  switch (p.kind) {
    case "region":
      return { ...base, name: design.region, designName: design.name, isEmpty: Object.keys(design.vpcs).length === 0 };
    case "az":
      return { ...base, name: p.zone ?? "", vpcId: p.vpcId };
    case "vpc": {
      const vpc = design.vpcs[p.id]!;
      return { ...base, name: vpc.name, cidr: vpc.cidr };
    }
    case "subnet":
      return subnetData(design, p.id, base);
    case "instance": {
      const i = design.instances[p.id]!;
      return { ...base, name: i.name, instanceType: i.instanceType, image: i.image, publicIp: i.associatePublicIp, groups: names(design, i.securityGroupIds) };
    }
    case "nat-gateway": {
      const n = design.natGateways[p.id]!;
      return { ...base, name: n.name, eip: n.elasticIpId ? (design.elasticIps[n.elasticIpId]?.name ?? n.elasticIpId) : "" };
    }
    case "internet-gateway":
      return { ...base, name: design.internetGateways[p.id]!.name, attached: design.internetGateways[p.id]!.vpcId !== null };
    case "route-table":
      return routeTableData(design, p.id, base);
    case "security-group": {
      const g = design.securityGroups[p.id]!;
      const ports = g.ingress.map((r) => (r.protocol === "all" ? "all" : r.fromPort === r.toPort ? String(r.fromPort) : `${r.fromPort}-${r.toPort}`));
      return { ...base, name: g.name, ingress: ports.join(", "), ingressCount: g.ingress.length, egressCount: g.egress.length };
    }
    case "target-group": {
      const g = design.targetGroups[p.id]!;
      return { ...base, name: g.name, protocol: g.protocol, port: g.port, targetCount: g.targets.length };
    }
    case "load-balancer": {
      const lb = design.loadBalancers[p.id]!;
      return { ...base, name: lb.name, scheme: lb.scheme, listeners: lb.listeners.map((l) => `${l.protocol}:${l.port}`).join(", "), groups: names(design, lb.securityGroupIds) };
    }
  }
}

function subnetData(design: Design, id: string, base: Base): NodeData {
  const s = design.subnets[id]!;
  const parsed = parseCidr(s.cidr);
  const free = parsed.ok ? usableAddresses(parsed.value.prefix) : -1;
  return { ...base, name: s.name, cidr: s.cidr, free, zone: s.availabilityZone, isPublic: isPublicSubnet(design, s.id), egress: subnetEgress(design, s.id), autoIp: s.mapPublicIpOnLaunch };
}

function routeTableData(design: Design, id: string, base: Base): NodeData {
  const t = design.routeTables[id]!;
  const target = (r: (typeof t.routes)[number]) =>
    r.target.kind === "local" ? "local" : r.target.kind === "internet-gateway" ? (design.internetGateways[r.target.internetGatewayId]?.name ?? r.target.internetGatewayId) : (design.natGateways[r.target.natGatewayId]?.name ?? r.target.natGatewayId);
  const vpc = design.vpcs[t.vpcId];
  const lines = [`${vpc?.cidr ?? "VPC"} → local`, ...t.routes.map((r) => `${r.destination} → ${target(r)}`)];
  return { ...base, name: t.name, routes: lines.join("\n"), isMain: t.isMain, subnetCount: t.subnetIds.length };
}

/** Shallow equality of two data records (all values are primitives). */
export function sameData(a: NodeData, b: NodeData): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}
