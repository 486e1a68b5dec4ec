"use client";
import { useState } from "react";
import { MiniMap, Panel } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { KIND_COLOR } from "./nodes/icons";

const MINIMAP_FILL: Record<string, string> = { region: "transparent", az: "transparent", vpc: "rgba(140, 79, 255, 0.16)" };
const minimapColor = (node: { type?: string; data?: Record<string, unknown> }) => {
  if (node.type === "subnet") return node.data?.isPublic ? "#7aa116" : "#147eba";
  return MINIMAP_FILL[node.type ?? ""] ?? KIND_COLOR[(node.type ?? "vpc") as keyof typeof KIND_COLOR] ?? "#888";
};

/**
 * The overview map, laid over the diagram's bottom-right corner (fit view keeps no room for it)
 * and folded away with one click when it covers something.
 */
export function OverviewMap() {
  const t = useTranslations("designer.canvas");
  const [open, setOpen] = useState(true);
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
