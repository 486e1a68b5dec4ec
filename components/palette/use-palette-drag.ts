"use client";
import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { useReactFlow } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { applyDrop, planDrop, type PaletteKind } from "../../lib/flow/drop";
import { availabilityZonesOf } from "../../lib/catalog/regions";
import { canvasBridge } from "../canvas/bridge";
import { followPlaced } from "../canvas/view-follow";
import { applyChange, currentDesign } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";

export type Ghost = { kind: PaletteKind; x: number; y: number } | null;
const DRAG_THRESHOLD = 4;

/**
 * Zones a first VPC gets as AZ columns: the region's first and third zone when it has three or
 * more (Seoul's lab uses 2a and 2c), else its first two.
 */
export function defaultZones(region: string): string[] {
  const zones = availabilityZonesOf(region);
  return zones.length >= 3 ? [zones[0]!, zones[2]!] : zones.slice(0, 2);
}

/**
 * Pointer-driven drag from the palette: a ghost follows the pointer and the drop lands in the
 * container under it (planned by lib/flow). A click without movement drops into the selected
 * container, or the middle of the view. Refusals show a short reason.
 */
export function usePaletteDrag() {
  const t = useTranslations("designer");
  const rf = useReactFlow();
  const [ghost, setGhost] = useState<Ghost>(null);
  const start = useRef<{ x: number; y: number; moved: boolean } | null>(null);

  const dropAt = useCallback(
    (kind: PaletteKind, clientX: number, clientY: number) => {
      const point = rf.screenToFlowPosition({ x: clientX, y: clientY });
      const design = currentDesign();
      const plan = planDrop(design, [...canvasBridge.placements.values()], kind, point);
      const view = useViewStore.getState();
      if (!plan.ok) return view.toast(t(`drop.${plan.reason}`), "error");
      const result = applyDrop(design, plan, defaultZones(design.region));
      applyChange(() => result.design);
      view.select([result.id]);
      view.setTab("inspector");
      followPlaced(rf, result.id);
    },
    [rf, t],
  );

  const clickTarget = useCallback((): { x: number; y: number } => {
    const selected = [...useViewStore.getState().selection].map((id) => canvasBridge.placements.get(id)).find(Boolean);
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (selected) {
      const c = rf.flowToScreenPosition({ x: selected.abs.x + selected.abs.w / 2, y: selected.abs.y + selected.abs.h - 24 });
      return c;
    }
    return pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: 0, y: 0 };
  }, [rf]);

  const onPointerDown = useCallback((kind: PaletteKind, e: ReactPointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.clientX, y: e.clientY, moved: false };
    setGhost(null);
    const move = (ev: PointerEvent) => {
      const s = start.current;
      if (!s) return;
      if (!s.moved && Math.hypot(ev.clientX - s.x, ev.clientY - s.y) < DRAG_THRESHOLD) return;
      s.moved = true;
      setGhost({ kind, x: ev.clientX, y: ev.clientY });
    };
    const up = (ev: PointerEvent) => {
      const target = ev.currentTarget as HTMLElement;
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
      const moved = start.current?.moved;
      start.current = null;
      setGhost(null);
      if (!moved) {
        const c = clickTarget();
        return dropAt(kind, c.x, c.y);
      }
      const over = document.elementFromPoint(ev.clientX, ev.clientY);
      if (over?.closest(".react-flow__pane, .react-flow__node")) dropAt(kind, ev.clientX, ev.clientY);
    };
    e.currentTarget.addEventListener("pointermove", move);
    e.currentTarget.addEventListener("pointerup", up);
  }, [clickTarget, dropAt]);

  /** Keyboard activation (Enter or Space on a palette item): the same as a click. */
  const addByKeyboard = useCallback((kind: PaletteKind) => {
    const c = clickTarget();
    dropAt(kind, c.x, c.y);
  }, [clickTarget, dropAt]);

  return { ghost, onPointerDown, addByKeyboard };
}
