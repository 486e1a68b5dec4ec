"use client";
import { Handle, Position } from "@xyflow/react";
import { HANDLE_SIDES } from "../../../lib/flow/handles";
import type { FlowKind } from "../../../lib/flow/layout";

const SIDES = { top: Position.Top, bottom: Position.Bottom, left: Position.Left, right: Position.Right } as const;

/**
 * Connection points of one kind of node (`HANDLE_SIDES`, the table the flow's pre-measured
 * handles come from). All are `source` handles: the canvas connects in loose mode, so any side
 * can start or end a drag, and the lib decides what the connection means.
 */
export function Handles({ kind }: { kind: FlowKind }) {
  const sides = HANDLE_SIDES[kind];
  return (
    <>
      {sides.map((side) => (
        <Handle key={side} id={side} type="source" position={SIDES[side]} className="node-handle" />
      ))}
    </>
  );
}
