"use client";
import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from "@xyflow/react";
import type { EdgeKind } from "../../lib/flow/edges";

type RelationData = { kind: EdgeKind; label: string };

/** A relation line styled by kind (association dashed, routes solid with the destination as label). */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<Edge<RelationData>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10 });
  const kind = data?.kind ?? "association";
  return (
    <>
      <BaseEdge id={id} path={path} className={`rel rel-${kind} ${selected ? "is-selected" : ""}`} />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div className={`edge-label rel-${kind}`} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
