"use client";
import { useState } from "react";
import { MiniMap, Panel, useStore, type ReactFlowState } from "@xyflow/react";
import { PAD } from "../../lib/flow/geometry";
import { REGION_NODE_ID } from "../../lib/flow/layout";
import { useTranslations } from "next-intl";
import { KIND_COLOR } from "./nodes/icons";

const MINIMAP_FILL: Record<string, string> = { region: "transparent", az: "transparent", vpc: "rgba(140, 79, 255, 0.16)" };
const minimapColor = (node: { type?: string; data?: Record<string, unknown> }) => {
  if (node.type === "subnet") return node.data?.isPublic ? "#7aa116" : "#147eba";
  return MINIMAP_FILL[node.type ?? ""] ?? KIND_COLOR[(node.type ?? "vpc") as keyof typeof KIND_COLOR] ?? "#888";
};

/** Whether part of the diagram (what the region frame holds, inside its padding) is outside the visible pane. */
const isPartlyHidden = (s: ReactFlowState) => {
  const region = s.nodeLookup.get(REGION_NODE_ID);
  if (!region || !s.width || !s.height) return false;
  const [x, y, zoom] = s.transform;
  const left = region.internals.positionAbsolute.x + PAD.region;
  const top = region.internals.positionAbsolute.y + PAD.region;
  const right = left + (region.width ?? region.measured.width ?? 0) - PAD.region * 2;
  const bottom = top + (region.height ?? region.measured.height ?? 0) - PAD.region * 2;
  return left * zoom + x < -1 || top * zoom + y < -1 || right * zoom + x > s.width + 1 || bottom * zoom + y > s.height + 1;
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
