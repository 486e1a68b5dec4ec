import type { Design } from "../design/schema";
import { BOTTOM_BAND, GAP, HEADER, MIN_REGION, PAD, SIZE, TOP_BAND, fitAround, gridSlot, type Box } from "./geometry";

export type FlowKind = "region" | "vpc" | "az" | "subnet" | "instance" | "nat-gateway" | "internet-gateway" | "route-table" | "security-group" | "target-group" | "load-balancer";

/** Where one node sits: `rel` is relative to its parent (React Flow's `position`), `abs` to the canvas. */
export type Placement = { id: string; kind: FlowKind; parentId?: string; rel: Box; abs: Box; vpcId?: string; zone?: string };

export const REGION_NODE_ID = "region";
/** Id of the AZ column node of a VPC; entity ids never contain ':' so these cannot collide. */
export const azNodeId = (vpcId: string, zone: string) => `az:${vpcId}:${zone}`;

type Out = Placement[];

/** The VPC a load balancer is drawn in: its first subnet's VPC, else the first VPC. */
export function loadBalancerVpc(design: Design, lbId: string): string | undefined {
  const lb = design.loadBalancers[lbId];
  const first = lb?.subnetIds.map((s) => design.subnets[s]).find(Boolean);
  return first?.vpcId ?? Object.keys(design.vpcs)[0];
}

/** AZ columns of a VPC: the design's zones, then any other zone its subnets use (so none is hidden). */
export function vpcZones(design: Design, vpcId: string): string[] {
  const zones = [...design.availabilityZones];
  for (const s of Object.values(design.subnets)) if (s.vpcId === vpcId && !zones.includes(s.availabilityZone)) zones.push(s.availabilityZone);
  return zones;
}

/**
 * Places every node: the region frame, VPCs, one column per AZ, subnets stacked in their
 * column, instances and NAT gateways in a grid inside their subnet, load balancers and target
 * groups in a band above the columns, route tables and security groups in a band below, and the
 * internet gateway on the VPC's top edge. Stored layout wins; anything without one is placed
 * automatically. Parents come before children. Pure and linear in the number of entities.
 */
export function computeLayout(design: Design): Placement[] {
  const idx = indexChildren(design);
  const out: Out = [];
  const vpcBoxes: Box[] = [];
  let cursorX: number = PAD.region;
  const regionSlot = out.push({ id: REGION_NODE_ID, kind: "region", rel: { x: 0, y: 0, w: 0, h: 0 }, abs: { x: 0, y: 0, w: 0, h: 0 } }) - 1;
  for (const vpc of Object.values(design.vpcs)) {
    const stored = design.layout[vpc.id];
    const pos = stored ? { x: stored.x, y: stored.y } : { x: cursorX, y: HEADER.region + 24 };
    const box = placeVpc(design, vpc.id, pos, idx, out);
    vpcBoxes.push(box);
    cursorX = Math.max(cursorX, box.x + box.w + GAP * 3);
  }
  for (const igw of Object.values(design.internetGateways)) {
    if (igw.vpcId && design.vpcs[igw.vpcId]) continue;
    const at = design.layout[igw.id] ?? { x: cursorX, y: HEADER.region + 24 };
    const box = { x: at.x, y: at.y, ...SIZE.internetGateway };
    out.push({ id: igw.id, kind: "internet-gateway", parentId: REGION_NODE_ID, rel: box, abs: box });
    vpcBoxes.push(box);
    cursorX += SIZE.internetGateway.w + GAP;
  }
  const size = fitAround(vpcBoxes, PAD.region, MIN_REGION);
  out[regionSlot] = { ...out[regionSlot]!, rel: { x: 0, y: 0, ...size }, abs: { x: 0, y: 0, ...size } };
  return out;
}

type Index = { subnetsByVpc: Map<string, string[]>; leavesBySubnet: Map<string, { id: string; kind: FlowKind }[]>; itemsByVpc: Map<string, { id: string; kind: FlowKind; band: "top" | "bottom" | "edge" }[]> };

function indexChildren(design: Design): Index {
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  const idx: Index = { subnetsByVpc: new Map(), leavesBySubnet: new Map(), itemsByVpc: new Map() };
  for (const s of Object.values(design.subnets)) push(idx.subnetsByVpc, s.vpcId, s.id);
  for (const n of Object.values(design.natGateways)) push(idx.leavesBySubnet, n.subnetId, { id: n.id, kind: "nat-gateway" as const });
  for (const i of Object.values(design.instances)) push(idx.leavesBySubnet, i.subnetId, { id: i.id, kind: "instance" as const });
  for (const g of Object.values(design.internetGateways)) if (g.vpcId && design.vpcs[g.vpcId]) push(idx.itemsByVpc, g.vpcId, { id: g.id, kind: "internet-gateway" as const, band: "edge" as const });
  for (const lb of Object.values(design.loadBalancers)) {
    const vpcId = loadBalancerVpc(design, lb.id);
    if (vpcId) push(idx.itemsByVpc, vpcId, { id: lb.id, kind: "load-balancer" as const, band: "top" as const });
  }
  for (const tg of Object.values(design.targetGroups)) push(idx.itemsByVpc, tg.vpcId, { id: tg.id, kind: "target-group" as const, band: "top" as const });
  for (const rt of Object.values(design.routeTables)) push(idx.itemsByVpc, rt.vpcId, { id: rt.id, kind: "route-table" as const, band: "bottom" as const });
  for (const sg of Object.values(design.securityGroups)) push(idx.itemsByVpc, sg.vpcId, { id: sg.id, kind: "security-group" as const, band: "bottom" as const });
  return idx;
}

const LEAF_SIZE: Partial<Record<FlowKind, { w: number; h: number }>> = {
  instance: SIZE.instance,
  "nat-gateway": SIZE.natGateway,
  "internet-gateway": SIZE.internetGateway,
  "route-table": SIZE.routeTable,
  "security-group": SIZE.securityGroup,
  "target-group": SIZE.targetGroup,
  "load-balancer": SIZE.loadBalancer,
};

function placeVpc(design: Design, vpcId: string, pos: { x: number; y: number }, idx: Index, out: Out): Box {
  const vpcSlot = out.push({ id: vpcId, kind: "vpc", parentId: REGION_NODE_ID, rel: { ...pos, w: 0, h: 0 }, abs: { ...pos, w: 0, h: 0 } }) - 1;
  const columnsTop = HEADER.vpc + TOP_BAND;
  const columns = placeColumns(design, vpcId, columnsTop, idx, out);
  const columnsBottom = Math.max(columnsTop + 120, ...columns.map((c) => c.y + c.h));
  const items = placeVpcItems(design, vpcId, columnsBottom, idx, out);
  const { w, h } = fitAround([...columns, ...items.filter((i) => i.kind !== "internet-gateway").map((i) => i.rel)], PAD.vpc, { w: 560, h: columnsBottom + BOTTOM_BAND });
  out[vpcSlot] = { ...out[vpcSlot]!, rel: { ...pos, w, h }, abs: { ...pos, w, h } };
  for (const p of items) if (p.kind === "internet-gateway" && !design.layout[p.id]) p.rel.x = w - p.rel.w - 40;
  shiftAbs(out, vpcSlot);
  return { ...pos, w, h };
}

function placeColumns(design: Design, vpcId: string, top: number, idx: Index, out: Out): Box[] {
  const boxes: Box[] = [];
  const slots: number[] = [];
  let x = PAD.vpc;
  for (const zone of vpcZones(design, vpcId)) {
    const colId = azNodeId(vpcId, zone);
    const slot = out.push({ id: colId, kind: "az", parentId: vpcId, vpcId, zone, rel: { x, y: top, w: 0, h: 0 }, abs: { x: 0, y: 0, w: 0, h: 0 } }) - 1;
    const subnets = (idx.subnetsByVpc.get(vpcId) ?? []).filter((s) => design.subnets[s]!.availabilityZone === zone);
    const children: Box[] = [];
    let cursorY: number = HEADER.az;
    for (const subnetId of subnets) {
      const box = placeSubnet(design, subnetId, colId, { x: PAD.az, y: cursorY }, idx, out);
      children.push(box);
      cursorY = Math.max(cursorY, box.y + box.h + GAP);
    }
    const size = fitAround(children, PAD.az, { w: SIZE.subnet.w + PAD.az * 2, h: HEADER.az + SIZE.subnet.h + PAD.az * 2 });
    out[slot]!.rel = { x, y: top, ...size };
    boxes.push(out[slot]!.rel);
    slots.push(slot);
    x += size.w + GAP;
  }
  const height = Math.max(0, ...boxes.map((b) => b.h));
  for (const slot of slots) out[slot]!.rel.h = height;
  return boxes;
}

function placeSubnet(design: Design, subnetId: string, parentId: string, auto: { x: number; y: number }, idx: Index, out: Out): Box {
  const stored = design.layout[subnetId];
  const pos = stored ? { x: stored.x, y: stored.y } : auto;
  const slot = out.push({ id: subnetId, kind: "subnet", parentId, rel: { ...pos, w: 0, h: 0 }, abs: { x: 0, y: 0, w: 0, h: 0 } }) - 1;
  const children: Box[] = [];
  (idx.leavesBySubnet.get(subnetId) ?? []).forEach((leaf, n) => {
    const size = LEAF_SIZE[leaf.kind]!;
    const at = design.layout[leaf.id] ?? gridSlot(n, 2, { x: PAD.subnet, y: HEADER.subnet }, size);
    const rel = { x: at.x, y: at.y, ...size };
    children.push(rel);
    out.push({ id: leaf.id, kind: leaf.kind, parentId: subnetId, rel, abs: { x: 0, y: 0, w: 0, h: 0 } });
  });
  const fitted = fitAround(children, PAD.subnet, SIZE.subnet);
  const size = { w: Math.max(stored?.w ?? 0, fitted.w), h: Math.max(stored?.h ?? 0, fitted.h) };
  out[slot]!.rel = { ...pos, ...size };
  return out[slot]!.rel;
}

function placeVpcItems(design: Design, vpcId: string, columnsBottom: number, idx: Index, out: Out): Placement[] {
  const placed: Placement[] = [];
  const cursor = { top: PAD.vpc, bottom: PAD.vpc };
  for (const item of idx.itemsByVpc.get(vpcId) ?? []) {
    const size = LEAF_SIZE[item.kind]!;
    const stored = design.layout[item.id];
    let at: { x: number; y: number };
    if (item.band === "edge") at = { x: stored?.x ?? 0, y: -size.h / 2 };
    else if (stored) at = stored;
    else if (item.band === "top") at = { x: cursor.top, y: HEADER.vpc + (TOP_BAND - size.h) / 2 - 8 };
    else at = { x: cursor.bottom, y: columnsBottom + (BOTTOM_BAND - size.h) / 2 };
    if (!stored && item.band !== "edge") cursor[item.band] += size.w + GAP;
    const p: Placement = { id: item.id, kind: item.kind, parentId: vpcId, rel: { x: at.x, y: at.y, ...size }, abs: { x: 0, y: 0, w: 0, h: 0 } };
    out.push(p);
    placed.push(p);
  }
  return placed;
}

/** Fills `abs` for the VPC at `from` and everything after it (its descendants follow it). */
function shiftAbs(out: Out, from: number): void {
  const byId = new Map<string, Placement>();
  for (let i = 0; i < from; i++) byId.set(out[i]!.id, out[i]!);
  for (let i = from; i < out.length; i++) {
    const p = out[i]!;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    p.abs = { x: (parent?.abs.x ?? 0) + p.rel.x, y: (parent?.abs.y ?? 0) + p.rel.y, w: p.rel.w, h: p.rel.h };
    byId.set(p.id, p);
  }
}
