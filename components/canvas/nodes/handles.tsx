"use client";
import { Handle, Position } from "@xyflow/react";

const SIDES = { top: Position.Top, bottom: Position.Bottom, left: Position.Left, right: Position.Right } as const;
export type Side = keyof typeof SIDES;

/**
 * Connection points. All are `source` handles: the canvas connects in loose mode, so any side
 * can start or end a drag, and the lib decides what the connection means.
 */
export function Handles({ sides }: { sides: readonly Side[] }) {
  return (
    <>
      {sides.map((side) => (
        <Handle key={side} id={side} type="source" position={SIDES[side]} className="node-handle" />
      ))}
    </>
  );
}
