"use client";
import { useEffect, useRef } from "react";
import { useStore, type ReactFlowInstance } from "@xyflow/react";
import type { Placement } from "../../lib/flow/layout";
import { contentBox, followViewport, readableViewport } from "../../lib/flow/viewport";
import { canvasBridge } from "./bridge";

/** The part of React Flow these helpers steer (independent of the node type). */
export type ViewControl = Pick<ReactFlowInstance, "getViewport" | "setViewport">;

/** A narrow margin: when the top is shown, the region's title stays wholly above it, not half cut. */
export const VIEW_MARGIN = 8;

/** The canvas pane's size on screen, or null before it is laid out. */
export const paneOf = () => {
  const rect = document.querySelector(".react-flow")?.getBoundingClientRect();
  return rect ? { width: rect.width, height: rect.height } : null;
};

/**
 * Sets the first view once the pane has a size: the diagram at a readable zoom (its smallest text
 * at least 10 px), whole when that fits, else from its top (see `readableViewport`).
 */
export function useFirstView(rf: ViewControl, placements: ReadonlyMap<string, Placement>): void {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const done = useRef(false);
  useEffect(() => {
    const box = contentBox(placements);
    if (done.current || !width || !height || !box) return;
    done.current = true;
    void rf.setViewport(readableViewport(box, { width, height }, VIEW_MARGIN));
  }, [rf, placements, width, height]);
}

/**
 * After a drop, brings what was added into view when any of it is outside (a first VPC dropped
 * near the edge would otherwise leave its AZ columns off-screen). Runs after the canvas has
 * laid the new entity out.
 */
export function followPlaced(rf: ViewControl, id: string, framesLeft = 10): void {
  requestAnimationFrame(() => {
    const placed = canvasBridge.placements.get(id);
    const pane = paneOf();
    if (!pane) return;
    if (!placed) return void (framesLeft > 0 && followPlaced(rf, id, framesLeft - 1));
    const next = followViewport(placed.abs, rf.getViewport(), pane);
    if (next) void rf.setViewport(next, { duration: 300 });
  });
}
