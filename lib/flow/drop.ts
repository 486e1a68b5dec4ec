import type { Design } from "../design/schema";
import { addInstance, addInternetGateway, addLoadBalancer, addNatGateway, addRouteTable, addSecurityGroup, addSubnet, addTargetGroup, addVpc, freshId, nextSubnetCidr, usedIds } from "../design/ops";
import { snap, SIZE, inside, type Point } from "./geometry";
import type { Placement } from "./layout";

/** What the palette offers. */
export const PALETTE_KINDS = ["vpc", "subnet", "internet-gateway", "nat-gateway", "route-table", "security-group", "instance", "load-balancer", "target-group"] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

/** Why a drop is refused: a message key of the designer catalogue (`drop.<reason>`). */
export type DropRefusal = "needRegion" | "needVpc" | "needAz" | "needSubnet" | "vpcFull" | "oneIgw";
export type DropPlan = { ok: true; kind: PaletteKind; parentId: string; at?: Point; vpcId?: string; zone?: string; subnetId?: string } | { ok: false; reason: DropRefusal };

const CONTAINERS = new Set(["region", "vpc", "az", "subnet"]);
const ID_BASE: Record<PaletteKind, string> = { vpc: "vpc", subnet: "subnet", "internet-gateway": "igw", "nat-gateway": "nat", "route-table": "rt", "security-group": "sg", instance: "ec2", "load-balancer": "alb", "target-group": "tg" };
const LEAF: Record<PaletteKind, { w: number; h: number }> = { vpc: { w: 0, h: 0 }, subnet: SIZE.subnet, "internet-gateway": SIZE.internetGateway, "nat-gateway": SIZE.natGateway, "route-table": SIZE.routeTable, "security-group": SIZE.securityGroup, instance: SIZE.instance, "load-balancer": SIZE.loadBalancer, "target-group": SIZE.targetGroup };

/** The containers under a canvas point, outermost first (region, VPC, AZ column, subnet). */
export function containersAt(placements: readonly Placement[], point: Point): Placement[] {
  return placements.filter((p) => CONTAINERS.has(p.kind) && inside(p.abs, point));
}

/**
 * Decides where a palette item dropped at `point` (canvas coordinates) lands, or why it cannot:
 * a subnet needs an AZ column (and takes its AZ and the VPC's next free CIDR), an instance or NAT
 * gateway needs a subnet, gateways, tables, groups and load balancers need a VPC, a VPC needs the
 * region (not another VPC).
 */
export function planDrop(design: Design, placements: readonly Placement[], kind: PaletteKind, point: Point): DropPlan {
  const chain = containersAt(placements, point);
  const find = (k: Placement["kind"]) => [...chain].reverse().find((p) => p.kind === k);
  const deepest = chain[chain.length - 1];
  const vpc = find("vpc");
  const rel = (parent: Placement) => ({ x: snap(point.x - parent.abs.x - LEAF[kind].w / 2), y: snap(point.y - parent.abs.y - LEAF[kind].h / 2) });
  if (kind === "vpc") return vpc ? { ok: false, reason: "needRegion" } : { ok: true, kind, parentId: "region", at: { x: snap(point.x), y: snap(point.y) } };
  if (!vpc) return { ok: false, reason: kind === "subnet" ? "needAz" : kind === "instance" || kind === "nat-gateway" ? "needSubnet" : "needVpc" };
  if (kind === "subnet") {
    const column = find("az");
    if (!column) return { ok: false, reason: "needAz" };
    if (!nextSubnetCidr(design, vpc.id)) return { ok: false, reason: "vpcFull" };
    // Subnets stack in their column and leaves fill their subnet's grid: a free drop point
    // would let them overlap what is already there.
    return { ok: true, kind, parentId: column.id, vpcId: vpc.id, zone: column.zone };
  }
  if (kind === "instance" || kind === "nat-gateway") {
    const subnet = find("subnet");
    return subnet ? { ok: true, kind, parentId: subnet.id, subnetId: subnet.id, vpcId: vpc.id } : { ok: false, reason: "needSubnet" };
  }
  if (kind === "internet-gateway" && Object.values(design.internetGateways).some((g) => g.vpcId === vpc.id)) return { ok: false, reason: "oneIgw" };
  const at = deepest === vpc && kind !== "internet-gateway" ? rel(vpc) : undefined;
  return { ok: true, kind, parentId: vpc.id, vpcId: vpc.id, ...(at ? { at } : {}) };
}

/**
 * Applies an accepted drop with fresh ids; returns the new document and the new entity's id.
 * `zones` are the AZ columns a first VPC gets when the design has none yet.
 */
export function applyDrop(design: Design, plan: Extract<DropPlan, { ok: true }>, zones: readonly string[]): { design: Design; id: string } {
  const taken = usedIds(design);
  const id = freshId(design, ID_BASE[plan.kind], taken);
  const at = plan.at;
  const common = { id, ...(at ? { at } : {}) };
  const vpcId = plan.vpcId ?? "";
  switch (plan.kind) {
    case "vpc":
      return { design: addVpc(design, { ...common, zones }), id };
    case "subnet":
      return { design: addSubnet(design, { ...common, vpcId, availabilityZone: plan.zone ?? "" }), id };
    case "internet-gateway":
      return { design: addInternetGateway(design, { id, vpcId }), id };
    case "nat-gateway":
      return { design: addNatGateway(design, { ...common, subnetId: plan.subnetId ?? "", eipId: freshId(design, "eip", taken) }), id };
    case "route-table":
      return { design: addRouteTable(design, { ...common, vpcId }), id };
    case "security-group":
      return { design: addSecurityGroup(design, { ...common, vpcId }), id };
    case "instance":
      return { design: addInstance(design, { ...common, subnetId: plan.subnetId ?? "" }), id };
    case "load-balancer":
      return { design: addLoadBalancer(design, common), id };
    case "target-group":
      return { design: addTargetGroup(design, { ...common, vpcId }), id };
  }
}
