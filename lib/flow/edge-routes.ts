import { PAD, type Box, type Point } from "./geometry";
import type { Placement } from "./layout";
import type { FlowEdge } from "./edges";

/** Spacing between parallel lines sharing a gutter or a channel, in canvas units. */
const LANE = 4;
const MAX_LANES = 3;

type Lookup = ReadonlyMap<string, Placement>;
type Lanes = Map<string, number>;

const centreX = (b: Box) => b.x + b.w / 2;
const bottom = (b: Box) => b.y + b.h;
const ancestor = (byId: Lookup, p: Placement | undefined, kind: Placement["kind"]): Placement | undefined => {
  for (let at = p; at; at = at.parentId ? byId.get(at.parentId) : undefined) if (at.kind === kind) return at;
  return undefined;
};
const lane = (lanes: Lanes, key: string) => {
  const n = lanes.get(key) ?? 0;
  lanes.set(key, n + 1);
  return (n % MAX_LANES) * LANE;
};

/**
 * Orthogonal routes for relation lines that would otherwise cut across subnets and their headers:
 * a line to a subnet, or to a card inside one, leaves its table, group or load balancer towards
 * the AZ columns, runs along the free channel between the columns and the band it starts in,
 * climbs or descends the gutter left of the subnet (inside the AZ column's padding) and enters
 * from the side, or just above the card it reaches. A route to the internet gateway climbs the
 * VPC's right-hand gutter. Lines that share a gutter or channel are spread a few units apart.
 * Lines it has no safe route for (a card moved beside the columns, listeners within one band)
 * get none and are drawn as React Flow's step lines. Points are canvas coordinates.
 */
export function routeEdges(edges: readonly FlowEdge[], byId: Lookup): Map<string, Point[]> {
  const lanes: Lanes = new Map();
  const out = new Map<string, Point[]>();
  const columnsBottom = new Map<string, number>();
  for (const p of byId.values()) if (p.kind === "az" && p.parentId) columnsBottom.set(p.parentId, Math.max(columnsBottom.get(p.parentId) ?? -Infinity, bottom(p.abs)));
  for (const e of edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    const points = target.kind === "internet-gateway" ? routeToGateway(source, target, byId, columnsBottom, lanes) : routeIntoSubnet(source, target, byId, lanes);
    if (points) out.set(e.id, points);
  }
  return out;
}

function routeIntoSubnet(source: Placement, target: Placement, byId: Lookup, lanes: Lanes): Point[] | null {
  const subnet = ancestor(byId, target, "subnet");
  const column = subnet && ancestor(byId, subnet, "az");
  if (!subnet || !column || ancestor(byId, source, "subnet")) return null;
  const s = source.abs;
  const col = column.abs;
  const below = s.y >= bottom(col);
  const above = bottom(s) <= col.y;
  if (!below && !above) return null;
  const gutterX = subnet.abs.x - PAD.az / 4 - lane(lanes, `gutter:${subnet.id}`);
  const channelY = below ? bottom(col) + PAD.az / 2 + lane(lanes, `below:${column.id}`) : col.y - PAD.az / 2 - lane(lanes, `above:${column.id}`);
  const start = { x: centreX(s), y: below ? s.y : bottom(s) };
  const path = [start, { x: start.x, y: channelY }, { x: gutterX, y: channelY }];
  if (target === subnet) {
    const entryY = subnet.abs.y + Math.min(subnet.abs.h / 2, 80);
    return [...path, { x: gutterX, y: entryY }, { x: subnet.abs.x, y: entryY }];
  }
  const t = target.abs;
  const over = t.y - 5;
  return [...path, { x: gutterX, y: over }, { x: centreX(t), y: over }, { x: centreX(t), y: t.y }];
}

function routeToGateway(source: Placement, gateway: Placement, byId: Lookup, columnsBottoms: ReadonlyMap<string, number>, lanes: Lanes): Point[] | null {
  const vpc = ancestor(byId, gateway, "vpc");
  if (!vpc || ancestor(byId, source, "vpc") !== vpc || ancestor(byId, source, "subnet")) return null;
  const v = vpc.abs;
  const s = source.abs;
  const g = gateway.abs;
  const right = centreX(g) >= centreX(v);
  const gutterX = right ? v.x + v.w - PAD.vpc / 2 + lane(lanes, `vpc-right:${vpc.id}`) : v.x + PAD.vpc / 2 - lane(lanes, `vpc-left:${vpc.id}`);
  const start = { x: centreX(s), y: s.y };
  const columnsBottom = columnsBottoms.get(vpc.id);
  if (columnsBottom === undefined || s.y < columnsBottom) return null;
  const channelY = columnsBottom + PAD.az / 2 + lane(lanes, `below:${vpc.id}`);
  const overY = bottom(g) + 12;
  return [start, { x: start.x, y: channelY }, { x: gutterX, y: channelY }, { x: gutterX, y: overY }, { x: centreX(g), y: overY }, { x: centreX(g), y: bottom(g) }];
}

/**
 * An SVG path through orthogonal points with rounded corners, and the middle of its longest
 * horizontal run (where a label sits clear of the cards). `roundedPath([{x:0,y:0},{x:10,y:0}])`
 * is "M0 0 L10 0".
 */
export function roundedPath(points: readonly Point[], radius = 6): { d: string; label: Point } {
  let d = `M${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const before = toward(b, a, r);
    const after = toward(b, c, r);
    d += ` L${before.x} ${before.y} Q${b.x} ${b.y} ${after.x} ${after.y}`;
  }
  const last = points[points.length - 1]!;
  d += ` L${last.x} ${last.y}`;
  let label = { x: (points[0]!.x + last.x) / 2, y: (points[0]!.y + last.y) / 2 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (a.y === b.y && Math.abs(b.x - a.x) > longest) [longest, label] = [Math.abs(b.x - a.x), { x: (a.x + b.x) / 2, y: a.y }];
  }
  return { d, label };
}

function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
}
