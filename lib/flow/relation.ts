import type { Design } from "../design/schema";
import { collectionOf } from "../design/ops";
import type { EdgeKind } from "./edges";

const KINDS: readonly EdgeKind[] = ["association", "route", "placement", "listener", "target"];

/** What a relation line stands for, in the names the user gave its two ends. */
export type Relation = { id: string; kind: EdgeKind; sourceId: string; targetId: string; source: string; target: string; destinations: string };

const nameOf = (design: Design, id: string) => {
  const collection = collectionOf(design, id);
  return collection ? ((design[collection][id] as { name?: string }).name ?? id) : id;
};

/**
 * Reads an edge id (`kind:source:target`, see designEdges) back into the relation it draws, with
 * the route destinations when it is a route; `null` for anything else (entity ids never contain
 * ':', and AZ column ids start with "az:"). Example: "target:web-tg:web-a" → target group web-tg
 * registers web-a.
 */
export function describeRelation(design: Design, id: string): Relation | null {
  const [kind, sourceId, targetId, ...rest] = id.split(":");
  if (rest.length || !sourceId || !targetId || !KINDS.includes(kind as EdgeKind)) return null;
  if (!collectionOf(design, sourceId) || !collectionOf(design, targetId)) return null;
  const table = design.routeTables[sourceId];
  const destinations =
    kind === "route" && table
      ? table.routes
          .filter((r) => (r.target.kind === "internet-gateway" && r.target.internetGatewayId === targetId) || (r.target.kind === "nat-gateway" && r.target.natGatewayId === targetId))
          .map((r) => r.destination)
          .join(", ")
      : "";
  return { id, kind: kind as EdgeKind, sourceId, targetId, source: nameOf(design, sourceId), target: nameOf(design, targetId), destinations };
}
