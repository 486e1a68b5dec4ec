"use client";
import type { EdgeChange, NodeChange } from "@xyflow/react";
import { moveEntity } from "../../lib/design/ops";
import { snap } from "../../lib/flow/geometry";
import { applyChange } from "./store";
import { useViewStore } from "./view-store";

/**
 * Routes React Flow's node changes to the right slice, never to a second copy of the nodes:
 * positions while dragging go to the view's drag overlay, the final position of a drag becomes
 * one `moveEntity` edit (one undo step for every node moved together), selection and measured
 * sizes go to the view. Removal is the Delete shortcut's job (it cascades through the ops).
 */
export function routeNodeChanges(changes: NodeChange[]): void {
  const view = useViewStore.getState();
  let overlay: Map<string, { x: number; y: number }> | null = null;
  const moved: [string, { x: number; y: number }][] = [];
  let selection: Set<string> | null = null;
  let sizes: Map<string, { w: number; h: number }> | null = null;
  for (const change of changes) {
    if (change.type === "position") {
      if (change.dragging && change.position) (overlay ??= new Map(view.dragging)).set(change.id, change.position);
      else if (change.dragging === false) {
        const final = change.position ?? view.dragging.get(change.id);
        if (final) moved.push([change.id, { x: snap(final.x), y: snap(final.y) }]);
        (overlay ??= new Map(view.dragging)).delete(change.id);
      }
    } else if (change.type === "select") {
      selection ??= new Set(view.selection);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    } else if (change.type === "dimensions" && change.dimensions) {
      const old = view.measured.get(change.id);
      if (!old || old.w !== change.dimensions.width || old.h !== change.dimensions.height) (sizes ??= new Map()).set(change.id, { w: change.dimensions.width, h: change.dimensions.height });
    }
  }
  if (moved.length) applyChange((d) => moved.reduce((acc, [id, pos]) => moveEntity(acc, id, pos), d));
  if (overlay) view.setDragging(overlay);
  if (selection) view.select(selection);
  if (sizes) view.setMeasured(sizes);
}

/** Edge selection lives in the same view selection as nodes (Delete removes the relation). */
export function routeEdgeChanges(changes: EdgeChange[]): void {
  const view = useViewStore.getState();
  let selection: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    selection ??= new Set(view.selection);
    if (change.selected) selection.add(change.id);
    else selection.delete(change.id);
  }
  if (selection) view.select(selection);
}
