import type { Cidr } from "../cidr/parse";
import type { Design, InternetGateway, LoadBalancer, SecurityGroup } from "../design/schema";
import { buildContext, type ValidationContext } from "../rules/context";
import { cidrOf } from "./addresses";
import type { Place } from "./types";

/**
 * Everything a question needs, indexed once per design so all-pairs questions stay linear:
 * the rules' shared context (effective route tables, parsed CIDRs), a CIDR cache, the internet
 * gateway attached to each VPC, and each endpoint resolved to a Place.
 */
export type ReachEnv = {
  readonly design: Design;
  readonly ctx: ValidationContext;
  readonly cache: Map<string, Cidr | null>;
  igwOf(vpcId: string): InternetGateway | undefined;
  placeOf(id: string): Place | undefined;
};

/** Builds the indexes for one design; O(entities). */
export function buildEnv(design: Design): ReachEnv {
  const ctx = buildContext(design);
  const cache = new Map<string, Cidr | null>();
  const igws = new Map<string, InternetGateway>();
  for (const igw of Object.values(design.internetGateways)) if (igw.vpcId && !igws.has(igw.vpcId)) igws.set(igw.vpcId, igw);
  const places = new Map<string, Place | undefined>();
  const placeOf = (id: string) => {
    if (!places.has(id)) places.set(id, resolvePlace(design, cache, id));
    return places.get(id);
  };
  return { design, ctx, cache, igwOf: (vpcId) => igws.get(vpcId), placeOf };
}

function groupsOf(design: Design, ids: readonly string[]): SecurityGroup[] {
  return ids.flatMap((id) => design.securityGroups[id as keyof Design["securityGroups"]] ?? []);
}

/** An instance, a subnet or a load balancer as an endpoint; undefined for any other id. */
function resolvePlace(design: Design, cache: Map<string, Cidr | null>, id: string): Place | undefined {
  const instance = design.instances[id as keyof Design["instances"]];
  if (instance) {
    const subnet = design.subnets[instance.subnetId];
    if (!subnet) return undefined;
    return { entityId: id, kind: "instance", name: instance.name, vpcId: subnet.vpcId, subnets: [subnet], blocks: blocksOf(cache, [subnet.cidr]), groups: groupsOf(design, instance.securityGroupIds), hasPublicIp: instance.associatePublicIp };
  }
  const subnet = design.subnets[id as keyof Design["subnets"]];
  if (subnet) {
    return { entityId: id, kind: "subnet", name: subnet.name, vpcId: subnet.vpcId, subnets: [subnet], blocks: blocksOf(cache, [subnet.cidr]), groups: null, hasPublicIp: subnet.mapPublicIpOnLaunch };
  }
  const lb = design.loadBalancers[id as keyof Design["loadBalancers"]];
  if (lb) return loadBalancerPlace(design, cache, lb);
  return undefined;
}

function loadBalancerPlace(design: Design, cache: Map<string, Cidr | null>, lb: LoadBalancer): Place {
  const subnets = [...new Set(lb.subnetIds)].flatMap((sid) => design.subnets[sid] ?? []);
  return {
    entityId: lb.id,
    kind: "load-balancer",
    name: lb.name,
    vpcId: subnets[0]?.vpcId ?? groupsOf(design, lb.securityGroupIds)[0]?.vpcId ?? "",
    subnets,
    blocks: blocksOf(cache, subnets.map((s) => s.cidr)),
    groups: groupsOf(design, lb.securityGroupIds),
    // ALB nodes of an internet-facing load balancer get public addresses from AWS.
    hasPublicIp: lb.scheme === "internet-facing",
  };
}

function blocksOf(cache: Map<string, Cidr | null>, cidrs: readonly string[]): Cidr[] {
  return cidrs.flatMap((c) => cidrOf(cache, c) ?? []);
}
