import type { FlowKind } from "./layout";

export type Side = "top" | "bottom" | "left" | "right";

/**
 * The connection points each kind of node draws, by side (the canvas connects in loose mode, so
 * every point is a `source` and the lib decides what a connection means). Containers other than
 * subnets take no connections. One table for the node components and for `nodeHandles`.
 */
export const HANDLE_SIDES: Record<FlowKind, readonly Side[]> = {
  region: [],
  vpc: [],
  az: [],
  subnet: ["top", "bottom"],
  instance: ["top", "bottom"],
  "nat-gateway": ["bottom", "top"],
  "internet-gateway": ["bottom"],
  "route-table": ["top", "bottom"],
  "security-group": ["top", "right"],
  "target-group": ["left", "bottom"],
  "load-balancer": ["bottom", "right"],
};

/** Drawn size of a connection point (`.node-handle` in app/globals.css), in flow units. */
export const HANDLE_PX = 9;

/** A connection point's box relative to its node; structurally React Flow's `NodeHandle`. */
export type NodeHandle = { id: Side; type: "source"; position: Side; x: number; y: number; width: number; height: number };

/**
 * Where a node's connection points sit, without measuring the page: centred on the middle of
 * each side, as React Flow's stylesheet draws them. React Flow takes a node that carries these
 * (and its size) as already measured, so with `onlyRenderVisibleElements` a node out of view is
 * never mounted just to be measured, which made a first render of 2,000 resources mount all of
 * them. A node that does mount is measured as usual and its measured points replace these.
 * Example: `nodeHandles("subnet", 384, 160)[0]` is the top point at x 187.5, y -4.5.
 */
export function nodeHandles(kind: FlowKind, w: number, h: number): NodeHandle[] {
  const half = HANDLE_PX / 2;
  const centre: Record<Side, { x: number; y: number }> = { top: { x: w / 2, y: 0 }, bottom: { x: w / 2, y: h }, left: { x: 0, y: h / 2 }, right: { x: w, y: h / 2 } };
  return HANDLE_SIDES[kind].map((side) => ({ id: side, type: "source", position: side, x: centre[side].x - half, y: centre[side].y - half, width: HANDLE_PX, height: HANDLE_PX }));
}
