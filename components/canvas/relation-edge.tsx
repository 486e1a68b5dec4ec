"use client";
import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from "@xyflow/react";
import type { EdgeKind } from "../../lib/flow/edges";
import { roundedPath } from "../../lib/flow/edge-routes";
import type { Point } from "../../lib/flow/geometry";

type RelationData = { kind: EdgeKind; label: string; points?: readonly Point[] };

/**
 * A relation line styled by kind (association dashed, routes solid with the destination as label),
 * drawn along its route around the subnets when it has one. Only a narrow band around the stroke
 * takes clicks, so a line near a header never takes the header's click.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<Edge<RelationData>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const routed = data?.points ? roundedPath(data.points) : null;
  const [path, labelX, labelY] = routed ? [routed.d, routed.label.x, routed.label.y] : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10 });
  const kind = data?.kind ?? "association";
  return (
    <>
      <BaseEdge id={id} path={path} interactionWidth={8} className={`rel rel-${kind} ${selected ? "is-selected" : ""}`} />
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
