import type { Design } from "../design/schema";
import { computeLayout, type FlowKind, type Placement } from "./layout";
import { nodeData, sameData, type FindingCounts, type NodeData } from "./node-data";
import { designEdges, type FlowEdge } from "./edges";

/** A React Flow node as the canvas needs it; structurally compatible with @xyflow/react's `Node`. */
export type FlowNode = {
  id: string;
  type: FlowKind;
  position: { x: number; y: number };
  parentId?: string;
  extent?: "parent";
  width: number;
  height: number;
  data: NodeData;
  selected?: boolean;
  draggable?: boolean;
  selectable?: boolean;
  zIndex?: number;
};

/** View state merged into the nodes; never part of the document. */
export type FlowView = { selection: ReadonlySet<string>; dragging: ReadonlyMap<string, { x: number; y: number }>; findings: FindingCounts };
export type Flow = { nodes: FlowNode[]; edges: FlowEdge[]; placements: ReadonlyMap<string, Placement> };

/** Stacking (the canvas uses React Flow's manual z mode): containers, then relation lines, then resources on top. */
export const Z: Record<FlowKind | "edge", number> = { region: 0, vpc: 1, az: 2, subnet: 3, edge: 4, instance: 5, "nat-gateway": 5, "internet-gateway": 5, "route-table": 5, "security-group": 5, "target-group": 5, "load-balancer": 5 };

/**
 * Returns a memoised `designToFlow(design, view)`: nodes derived from the document, parents
 * before children, child positions relative to their parent with `extent: "parent"`. An
 * unchanged entity keeps the very same node object between calls (React Flow then skips it), and
 * a drag frame reuses the last layout, touching only the dragged nodes.
 */
export function createFlowDeriver(): (design: Design, view: FlowView) => Flow {
  let lastDesign: Design | null = null;
  let lastCounts: FindingCounts | null = null;
  let placements: Placement[] = [];
  let byId = new Map<string, Placement>();
  let baseNodes: FlowNode[] = [];
  let edges: FlowEdge[] = [];
  const baseCache = new Map<string, FlowNode>();
  const viewCache = new Map<string, FlowNode>();
  return (design, view) => {
    if (design !== lastDesign || view.findings !== lastCounts) {
      if (design !== lastDesign) {
        placements = computeLayout(design);
        byId = new Map(placements.map((p) => [p.id, p]));
        edges = designEdges(design, edges);
      }
      baseNodes = placements.map((p) => baseNode(design, p, view.findings, baseCache));
      lastDesign = design;
      lastCounts = view.findings;
    }
    const nodes = baseNodes.map((n) => withView(n, view, viewCache));
    return { nodes, edges, placements: byId };
  };
}

function baseNode(design: Design, p: Placement, counts: FindingCounts, cache: Map<string, FlowNode>): FlowNode {
  const data = nodeData(design, p, counts);
  const old = cache.get(p.id);
  const same = old && old.position.x === p.rel.x && old.position.y === p.rel.y && old.width === p.rel.w && old.height === p.rel.h && old.parentId === p.parentId && sameData(old.data, data);
  if (same) return old;
  const fixed = p.kind === "az" || p.kind === "region";
  const node: FlowNode = {
    id: p.id,
    type: p.kind,
    position: { x: p.rel.x, y: p.rel.y },
    width: p.rel.w,
    height: p.rel.h,
    data,
    ...(p.parentId ? { parentId: p.parentId } : {}),
    ...(p.parentId && p.kind !== "internet-gateway" && p.kind !== "vpc" ? { extent: "parent" as const } : {}),
    ...(fixed ? { draggable: false } : {}),
    ...(p.kind === "az" ? { selectable: false } : {}),
    zIndex: Z[p.kind],
  };
  cache.set(p.id, node);
  return node;
}

function withView(node: FlowNode, view: FlowView, cache: Map<string, FlowNode>): FlowNode {
  const selected = view.selection.has(node.id);
  const drag = view.dragging.get(node.id);
  if (!selected && !drag) return node;
  const position = drag ?? node.position;
  const old = cache.get(node.id);
  if (old && old.data === node.data && old.selected === selected && old.position.x === position.x && old.position.y === position.y && old.width === node.width && old.height === node.height) return old;
  const decorated = { ...node, selected, position };
  cache.set(node.id, decorated);
  return decorated;
}
