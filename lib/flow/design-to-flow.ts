import type { Design } from "../design/schema";
import { computeLayout, type FlowKind, type Placement } from "./layout";
import { nodeData, sameData, type FindingCounts, type NodeData } from "./node-data";
import { designEdges, type FlowEdge } from "./edges";
import { routeEdges } from "./edge-routes";
import { nodeHandles, type NodeHandle } from "./handles";

/** A React Flow node as the canvas needs it; structurally compatible with @xyflow/react's `Node`. */
export type FlowNode = {
  id: string;
  type: FlowKind;
  position: { x: number; y: number };
  parentId?: string;
  extent?: "parent";
  width: number;
  height: number;
  /** The node's size and connection points known without measuring it (see `nodeHandles`). */
  measured: { width: number; height: number };
  handles: NodeHandle[];
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
 * a drag frame reuses the last layout, touching only the dragged nodes. A call with the same
 * document, findings, selection and drag overlay as the last returns the last flow itself.
 */
export function createFlowDeriver(): (design: Design, view: FlowView) => Flow {
  let lastDesign: Design | null = null;
  let lastCounts: FindingCounts | null = null;
  let placements: Placement[] = [];
  let byId = new Map<string, Placement>();
  let baseNodes: FlowNode[] = [];
  let baseEdges: FlowEdge[] = [];
  let edges: FlowEdge[] = [];
  const baseCache = new Map<string, FlowNode>();
  const viewCache = new Map<string, FlowNode>();
  let last: { design: Design; view: FlowView; flow: Flow } | null = null;
  return (design, view) => {
    // Nothing changed (a re-render for another reason): the same flow, so React Flow re-adopts no nodes.
    if (last && last.design === design && last.view.findings === view.findings && last.view.selection === view.selection && last.view.dragging === view.dragging) return last.flow;
    if (design !== lastDesign || view.findings !== lastCounts) {
      if (design !== lastDesign) {
        placements = computeLayout(design);
        byId = new Map(placements.map((p) => [p.id, p]));
        baseEdges = designEdges(design, baseEdges);
        edges = withRoutes(baseEdges, byId, edges);
      }
      baseNodes = placements.map((p) => baseNode(design, p, view.findings, baseCache));
      lastDesign = design;
      lastCounts = view.findings;
    }
    const nodes = baseNodes.map((n) => withView(n, view, viewCache));
    const live = view.dragging.size ? unroutedWhileDragged(edges, baseEdges, view.dragging, byId) : edges;
    const flow = { nodes, edges: live, placements: byId };
    last = { design, view, flow };
    return flow;
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
    measured: { width: p.rel.w, height: p.rel.h },
    handles: nodeHandles(p.kind, p.rel.w, p.rel.h),
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

/** Edges with their orthogonal routes (see edge-routes.ts); an edge whose route is unchanged stays the same object. */
function withRoutes(base: FlowEdge[], byId: ReadonlyMap<string, Placement>, previous: FlowEdge[]): FlowEdge[] {
  const routes = routeEdges(base, byId);
  const old = new Map(previous.map((e) => [e.id, e]));
  return base.map((e) => {
    const points = routes.get(e.id);
    if (!points) return e;
    const prior = old.get(e.id);
    if (prior && prior.data.label === e.data.label && samePoints(prior.data.points, points)) return prior;
    return { ...e, data: { ...e.data, points } };
  });
}

const samePoints = (a: readonly { x: number; y: number }[] | undefined, b: readonly { x: number; y: number }[]) => !!a && a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);

/** While nodes are dragged, lines touching them (or anything inside them) fall back to step lines that follow the drag. */
function unroutedWhileDragged(edges: FlowEdge[], base: FlowEdge[], dragging: ReadonlyMap<string, unknown>, byId: ReadonlyMap<string, Placement>): FlowEdge[] {
  const moved = (id: string) => {
    for (let p = byId.get(id); p; p = p.parentId ? byId.get(p.parentId) : undefined) if (dragging.has(p.id)) return true;
    return false;
  };
  return edges.map((e, i) => (e.data.points && (moved(e.source) || moved(e.target)) ? base[i]! : e));
}
