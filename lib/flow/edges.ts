import type { Design } from "../design/schema";
import type { Point } from "./geometry";

export type EdgeKind = "association" | "route" | "placement" | "listener" | "target";

/** A React Flow edge; structurally compatible with @xyflow/react's `Edge`. */
export type FlowEdge = { id: string; source: string; target: string; sourceHandle: string; targetHandle: string; type: "relation"; zIndex: number; data: { kind: EdgeKind; label: string; points?: readonly Point[] } };

/** Relation lines sit above containers and below resource cards (see `Z` in design-to-flow.ts). */
const EDGE_Z = 4;

/** Which side of each end an edge uses, so lines leave tables upwards and enter subnets from below. */
const HANDLES: Record<EdgeKind, [source: string, target: string]> = {
  association: ["top", "bottom"],
  route: ["top", "bottom"],
  placement: ["bottom", "top"],
  listener: ["right", "left"],
  target: ["bottom", "top"],
};

/**
 * Edges of the diagram: route table → subnet (association), route table → gateway (a route,
 * labelled with its destination), load balancer → subnet (placement), load balancer → target
 * group (listener) and target group → instance (registration). An edge that equals one in
 * `previous` is returned as that same object.
 */
export function designEdges(design: Design, previous: readonly FlowEdge[] = []): FlowEdge[] {
  const old = new Map(previous.map((e) => [e.id, e]));
  const out: FlowEdge[] = [];
  const add = (kind: EdgeKind, source: string, target: string, label = "") => {
    const id = `${kind}:${source}:${target}`;
    const prior = old.get(id);
    if (prior && prior.data.label === label) out.push(prior);
    else out.push({ id, source, target, sourceHandle: HANDLES[kind][0], targetHandle: HANDLES[kind][1], type: "relation", zIndex: EDGE_Z, data: { kind, label } });
  };
  for (const t of Object.values(design.routeTables)) {
    for (const s of t.subnetIds) if (design.subnets[s]) add("association", t.id, s);
    for (const r of t.routes) {
      if (r.target.kind === "internet-gateway" && design.internetGateways[r.target.internetGatewayId]) add("route", t.id, r.target.internetGatewayId, r.destination);
      if (r.target.kind === "nat-gateway" && design.natGateways[r.target.natGatewayId]) add("route", t.id, r.target.natGatewayId, r.destination);
    }
  }
  for (const lb of Object.values(design.loadBalancers)) {
    for (const s of lb.subnetIds) if (design.subnets[s]) add("placement", lb.id, s);
    for (const l of lb.listeners) if (design.targetGroups[l.targetGroupId]) add("listener", lb.id, l.targetGroupId);
  }
  for (const g of Object.values(design.targetGroups)) for (const i of g.targets) if (design.instances[i]) add("target", g.id, i);
  return dedupe(out);
}

/** Two routes to one gateway from one table draw one edge; labels are joined. */
function dedupe(edges: FlowEdge[]): FlowEdge[] {
  const seen = new Map<string, FlowEdge>();
  for (const e of edges) {
    const prior = seen.get(e.id);
    if (!prior) seen.set(e.id, e);
    else seen.set(e.id, { ...prior, data: { ...prior.data, label: `${prior.data.label}, ${e.data.label}` } });
  }
  return [...seen.values()];
}

/**
 * Undoes the relation an edge draws (Delete on a selected edge): an association falls back to
 * the main table, a route is removed, a load balancer leaves a subnet, a listener is removed,
 * an instance is deregistered. Unknown edge ids leave the document unchanged.
 */
export function removeRelation(design: Design, edgeId: string): Design {
  const [kind, source, target] = edgeId.split(":") as [EdgeKind, string, string];
  const table = design.routeTables[source];
  const lb = design.loadBalancers[source];
  const group = design.targetGroups[source];
  if (kind === "association" && table) return replace(design, "routeTables", { ...table, subnetIds: table.subnetIds.filter((s) => s !== target) });
  if (kind === "route" && table) {
    const routes = table.routes.filter((r) => !((r.target.kind === "internet-gateway" && r.target.internetGatewayId === target) || (r.target.kind === "nat-gateway" && r.target.natGatewayId === target)));
    return replace(design, "routeTables", { ...table, routes });
  }
  if (kind === "placement" && lb) return replace(design, "loadBalancers", { ...lb, subnetIds: lb.subnetIds.filter((s) => s !== target) });
  if (kind === "listener" && lb) return replace(design, "loadBalancers", { ...lb, listeners: lb.listeners.filter((l) => l.targetGroupId !== target) });
  if (kind === "target" && group) return replace(design, "targetGroups", { ...group, targets: group.targets.filter((t) => t !== target) });
  return design;
}

function replace<C extends "routeTables" | "loadBalancers" | "targetGroups">(design: Design, key: C, entity: Design[C][string]): Design {
  return { ...design, [key]: { ...design[key], [entity.id]: entity } };
}
