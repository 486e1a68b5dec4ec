/** The network half of an import: VPC, subnets, gateways, Elastic IPs, route tables, groups. */
import type { SecurityGroupRule } from "../design/schema";
import { OTHER_ROUTE_TARGETS, type DescribedVpc, type Permission } from "./described";
import { nameOf, type IdAllocator } from "./naming";
import { importNote, type ImportNote } from "./notes";

type Rec = Record<string, Record<string, unknown>>;

export function networkOf(d: DescribedVpc, ids: IdAllocator, unsupported: ImportNote[]) {
  const vpcAws = d.vpc.VpcId ?? "vpc";
  const vpcId = ids.id(vpcAws, d.vpc.Tags, "vpc");
  const vpcs: Rec = { [vpcId]: { id: vpcId, name: nameOf(d.vpc.Tags, vpcAws), cidr: d.vpc.CidrBlock } };
  const extraCidrs = (d.vpc.CidrBlockAssociationSet ?? []).map((a) => a.CidrBlock).filter((c) => c && c !== d.vpc.CidrBlock);
  if (extraCidrs.length) unsupported.push(importNote("vpc-secondary-cidrs", { vpc: vpcAws, cidrs: extraCidrs.join(", ") }));
  if (d.vpc.Ipv6CidrBlockAssociationSet?.length) unsupported.push(importNote("vpc-ipv6", { vpc: vpcAws }));

  const subnets: Rec = {};
  for (const s of d.subnets) {
    const id = ids.id(s.SubnetId!, s.Tags);
    subnets[id] = { id, name: nameOf(s.Tags, s.SubnetId!), vpcId, availabilityZone: s.AvailabilityZone, cidr: s.CidrBlock, mapPublicIpOnLaunch: s.MapPublicIpOnLaunch === true };
  }
  const internetGateways: Rec = {};
  for (const g of d.internetGateways) {
    const id = ids.id(g.InternetGatewayId!, g.Tags);
    internetGateways[id] = { id, name: nameOf(g.Tags, g.InternetGatewayId!), vpcId };
  }
  const { elasticIps, natGateways } = natsOf(d, ids, unsupported);
  const routeTables = routeTablesOf(d, ids, vpcId, unsupported);
  const securityGroups = groupsOf(d, ids, vpcId, unsupported);
  unsupported.push(...aclsAndEndpoints(d));
  return { vpcs, subnets, internetGateways, elasticIps, natGateways, routeTables, securityGroups };
}

function natsOf(d: DescribedVpc, ids: IdAllocator, unsupported: ImportNote[]) {
  const elasticIps: Rec = {};
  const natGateways: Rec = {};
  for (const n of d.natGateways) {
    if (n.ConnectivityType === "private") {
      unsupported.push(importNote("nat-private", { nat: n.NatGatewayId }));
      continue;
    }
    const allocation = n.NatGatewayAddresses?.[0]?.AllocationId;
    let elasticIpId: string | null = null;
    if (allocation) {
      const address = d.addresses.find((a) => a.AllocationId === allocation);
      elasticIpId = ids.id(allocation, address?.Tags, `${nameOf(n.Tags, n.NatGatewayId!)}-eip`);
      elasticIps[elasticIpId] = { id: elasticIpId, name: nameOf(address?.Tags, allocation) };
    }
    if ((n.NatGatewayAddresses?.length ?? 0) > 1) unsupported.push(importNote("nat-secondary-addresses", { nat: n.NatGatewayId }));
    const id = ids.id(n.NatGatewayId!, n.Tags);
    natGateways[id] = { id, name: nameOf(n.Tags, n.NatGatewayId!), subnetId: ids.of(n.SubnetId), elasticIpId };
  }
  return { elasticIps, natGateways };
}

function routeTablesOf(d: DescribedVpc, ids: IdAllocator, vpcId: string, unsupported: ImportNote[]): Rec {
  const out: Rec = {};
  for (const t of d.routeTables) {
    const isMain = (t.Associations ?? []).some((a) => a.Main);
    const id = ids.id(t.RouteTableId!, t.Tags, isMain ? "main-rt" : undefined);
    const routes: unknown[] = [];
    for (const r of t.Routes ?? []) {
      if (r.GatewayId === "local") continue;
      const destination = r.DestinationCidrBlock;
      const igw = r.GatewayId?.startsWith("igw-") ? ids.of(r.GatewayId) : undefined;
      const nat = ids.of(r.NatGatewayId);
      if (destination && igw) routes.push({ destination, target: { kind: "internet-gateway", internetGatewayId: igw } });
      else if (destination && nat) routes.push({ destination, target: { kind: "nat-gateway", natGatewayId: nat } });
      else unsupported.push(routeNote(t.RouteTableId, destination ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId, targetOf(r)));
    }
    const subnetIds = (t.Associations ?? []).filter((a) => !a.Main && a.SubnetId).map((a) => ids.of(a.SubnetId)).filter(Boolean);
    out[id] = { id, name: nameOf(t.Tags, t.RouteTableId!, isMain ? "main" : undefined), vpcId, isMain, routes, subnetIds };
  }
  return out;
}

const targetOf = (r: Partial<Record<(typeof OTHER_ROUTE_TARGETS)[number] | "GatewayId", string>>) => [...OTHER_ROUTE_TARGETS, "GatewayId" as const].map((k) => r[k]).find(Boolean);

const routeNote = (table: string | undefined, destination: string | undefined, target: string | undefined) =>
  target ? importNote("route-target", { table, destination, target }) : importNote("route-target-unknown", { table, destination });

/**
 * Security groups and their rules. The VPC's `default` group is skipped (every VPC has one)
 * unless an instance or load balancer uses it.
 */
function groupsOf(d: DescribedVpc, ids: IdAllocator, vpcId: string, unsupported: ImportNote[]): Rec {
  const used = new Set([...d.instances.flatMap((i) => groupIdsOf(i)), ...d.loadBalancers.flatMap((l) => l.SecurityGroups ?? [])]);
  const groups = d.securityGroups.filter((g) => g.GroupName !== "default" || used.has(g.GroupId!));
  for (const g of groups) ids.id(g.GroupId!, g.Tags, g.GroupName);
  const out: Rec = {};
  for (const g of groups) {
    const id = ids.of(g.GroupId)!;
    const where = { group: g.GroupId, groupName: g.GroupName };
    out[id] = { id, name: g.GroupName ?? id, description: g.Description ?? "", vpcId, ingress: rulesOf(g.IpPermissions, ids, { ...where, direction: "ingress" }, unsupported), egress: rulesOf(g.IpPermissionsEgress, ids, { ...where, direction: "egress" }, unsupported) };
  }
  return out;
}

export const groupIdsOf = (i: DescribedVpc["instances"][number]) =>
  (i.NetworkInterfaces?.find((n) => (n.Attachment?.DeviceIndex ?? 0) === 0)?.Groups ?? i.SecurityGroups ?? []).map((g) => g.GroupId!).filter(Boolean);

const PROTOCOLS: Record<string, SecurityGroupRule["protocol"]> = { "-1": "all", tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp", icmp: "icmp", "1": "icmp" };

/** One design rule per (permission, peer); tcp/udp keep their ports, icmp and all use 0–65535 as the design does. */
function rulesOf(permissions: Permission[] | undefined, ids: IdAllocator, where: Record<string, string | undefined>, unsupported: ImportNote[]): unknown[] {
  const out: unknown[] = [];
  for (const p of permissions ?? []) {
    const protocol = PROTOCOLS[p.IpProtocol ?? ""];
    if (!protocol) {
      unsupported.push(importNote("rule-protocol", { ...where, protocol: p.IpProtocol }));
      continue;
    }
    // AWS spells "every ICMP type and code" -1/-1; anything narrower the design cannot hold.
    if (protocol === "icmp" && (p.FromPort ?? -1) !== -1) unsupported.push(importNote("rule-icmp-type", { ...where, type: p.FromPort, code: p.ToPort ?? -1 }));
    const ported = protocol === "tcp" || protocol === "udp";
    const ports = { fromPort: ported ? (p.FromPort ?? 0) : 0, toPort: ported ? (p.ToPort ?? 65535) : 65535 };
    for (const r of p.IpRanges ?? []) out.push({ protocol, ...ports, peer: { kind: "cidr", cidr: r.CidrIp }, description: r.Description ?? "" });
    for (const pair of p.UserIdGroupPairs ?? []) {
      const peer = ids.of(pair.GroupId);
      if (peer) out.push({ protocol, ...ports, peer: { kind: "security-group", securityGroupId: peer }, description: pair.Description ?? "" });
      else unsupported.push(importNote("rule-group-outside", { ...where, peer: pair.GroupId }));
    }
    const portRange = `${p.FromPort ?? ""}-${p.ToPort ?? ""}`;
    if (p.Ipv6Ranges?.length) unsupported.push(importNote("rule-ipv6", { ...where, protocol: p.IpProtocol, ports: portRange }));
    if (p.PrefixListIds?.length) unsupported.push(importNote("rule-prefix-list", { ...where, protocol: p.IpProtocol, ports: portRange }));
  }
  return out;
}

/** A network ACL is expressible only as AWS's default (allow all, both ways); endpoints not at all. */
function aclsAndEndpoints(d: DescribedVpc): ImportNote[] {
  const out: ImportNote[] = [];
  for (const acl of d.networkAcls) {
    const custom = (acl.Entries ?? []).filter((e) => e.RuleNumber !== 32767 && !(e.RuleNumber === 100 && e.RuleAction === "allow" && e.Protocol === "-1" && e.CidrBlock === "0.0.0.0/0"));
    if (!acl.IsDefault) out.push(importNote("acl-custom", { acl: acl.NetworkAclId }));
    else if (custom.length) out.push(importNote("acl-rules", { acl: acl.NetworkAclId, count: custom.length }));
  }
  for (const e of d.vpcEndpoints) out.push(importNote("vpc-endpoint", { endpoint: e.VpcEndpointId, service: e.ServiceName }));
  return out;
}
