import type { Design, LayoutBox } from "../design/schema";
import { GAP, HEADER, PAD, SIZE } from "./geometry";
import { azNodeId, vpcZones } from "./layout";

/** The subset of ELK's JSON graph this module builds and reads. */
export type ElkNode = { id: string; width?: number; height?: number; x?: number; y?: number; layoutOptions?: Record<string, string>; children?: ElkNode[] };

const pad = (top: number, side: number) => `[top=${top},left=${side},bottom=${side},right=${side}]`;

/**
 * The graph ELK lays out: one node per AZ column, its subnets stacked by the `layered`
 * algorithm, and the instances and NAT gateways of each subnet packed by the `box` algorithm.
 * VPCs, bands and gateways on the edge are then placed by the canvas's own tidy rules.
 */
export function autoLayoutGraph(design: Design): ElkNode {
  const columns: ElkNode[] = [];
  for (const vpc of Object.values(design.vpcs)) {
    for (const zone of vpcZones(design, vpc.id)) {
      const subnets = Object.values(design.subnets).filter((s) => s.vpcId === vpc.id && s.availabilityZone === zone);
      columns.push({
        id: azNodeId(vpc.id, zone),
        layoutOptions: { "elk.algorithm": "layered", "elk.direction": "DOWN", "elk.padding": pad(HEADER.az, PAD.az), "elk.spacing.nodeNode": String(GAP), "elk.hierarchyHandling": "SEPARATE_CHILDREN" },
        children: subnets.map((s) => ({ id: s.id, layoutOptions: { "elk.algorithm": "box", "elk.padding": pad(HEADER.subnet, PAD.subnet), "elk.spacing.nodeNode": String(GAP / 2), "elk.aspectRatio": "2.4", "elk.nodeSize.minimum": `(${SIZE.subnet.w},${SIZE.subnet.h})`, "elk.nodeSize.constraints": "MINIMUM_SIZE" }, children: leavesOf(design, s.id) })),
      });
    }
  }
  return { id: "root", layoutOptions: { "elk.algorithm": "box", "elk.hierarchyHandling": "SEPARATE_CHILDREN" }, children: columns };
}

function leavesOf(design: Design, subnetId: string): ElkNode[] {
  const nats = Object.values(design.natGateways).filter((n) => n.subnetId === subnetId).map((n) => ({ id: n.id, width: SIZE.natGateway.w, height: SIZE.natGateway.h }));
  const instances = Object.values(design.instances).filter((i) => i.subnetId === subnetId).map((i) => ({ id: i.id, width: SIZE.instance.w, height: SIZE.instance.h }));
  return [...nats, ...instances];
}

/**
 * Turns ELK's answer into the document's layout: subnets relative to their AZ column, leaves
 * relative to their subnet. Everything else gets no box, so the canvas places it afresh.
 */
export function layoutFromElk(result: ElkNode): Record<string, LayoutBox> {
  const boxes: Record<string, LayoutBox> = {};
  for (const column of result.children ?? []) {
    for (const subnet of column.children ?? []) {
      boxes[subnet.id] = { x: Math.round(subnet.x ?? 0), y: Math.round(subnet.y ?? 0) };
      for (const leaf of subnet.children ?? []) boxes[leaf.id] = { x: Math.round(leaf.x ?? 0), y: Math.round(leaf.y ?? 0) };
    }
  }
  return boxes;
}
