"use client";
import type { Placement } from "../../lib/flow/layout";

/**
 * What the canvas knows that other parts of the designer need without re-deriving it: the
 * latest placements (for palette drops and auto-layout). Written by the canvas on each render.
 */
export const canvasBridge: { placements: ReadonlyMap<string, Placement> } = { placements: new Map() };
