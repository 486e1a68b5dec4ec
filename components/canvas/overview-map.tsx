"use client";
import { useState } from "react";
import { MiniMap, Panel, useStore, type ReactFlowState } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { contentBox } from "../../lib/flow/viewport";
import { canvasBridge } from "./bridge";
import { KIND_COLOR } from "./nodes/icons";

const MINIMAP_FILL: Record<string, string> = { region: "transparent", az: "transparent", vpc: "rgba(140, 79, 255, 0.16)" };
const minimapColor = (node: { type?: string; data?: Record<string, unknown> }) => {
  if (node.type === "subnet") return node.data?.isPublic ? "#7aa116" : "#147eba";
  return MINIMAP_FILL[node.type ?? ""] ?? KIND_COLOR[(node.type ?? "vpc") as keyof typeof KIND_COLOR] ?? "#888";
};

/**
 * Whether part of the diagram (what the region frame holds, as Fit and the first view frame it)
 * is outside the visible pane. The region's own padding does not count: a map shown for it
 * would cover the corner of a diagram that is wholly in view.
 */
const boxes = new WeakMap<object, ReturnType<typeof contentBox>>();
const contentOf = (placements: typeof canvasBridge.placements) => {
  if (!boxes.has(placements)) boxes.set(placements, contentBox(placements));
  return boxes.get(placements)!;
};

const isPartlyHidden = (s: ReactFlowState) => {
  const box = contentOf(canvasBridge.placements);
  if (!box || !s.width || !s.height) return false;
  const [x, y, zoom] = s.transform;
  return box.x * zoom + x < -1 || box.y * zoom + y < -1 || (box.x + box.w) * zoom + x > s.width + 1 || (box.y + box.h) * zoom + y > s.height + 1;
};

/**
 * The overview map, laid over the diagram's bottom-right corner (fit view keeps no room for it).
 * It shows only while part of the diagram is out of view (after a fit it would only cover the
 * diagram) and folds away with one click.
 */
export function OverviewMap() {
  const t = useTranslations("designer.canvas");
  const [open, setOpen] = useState(true);
  const needed = useStore(isPartlyHidden);
  if (!needed) return null;
  return (
    <>
      {open ? <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={2} ariaLabel={t("minimap")} /> : null}
      <Panel position="bottom-right" className={`minimap-toggle ${open ? "is-open" : ""}`}>
        <button type="button" className="btn btn-small" data-testid="minimap-toggle" aria-pressed={open} title={t(open ? "minimapHide" : "minimapShow")} onClick={() => setOpen(!open)}>
          {open ? "×" : t("minimapShow")}
        </button>
      </Panel>
    </>
  );
}
