"use client";
import { ViewportPortal, useInternalNode } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { formatReach } from "../../lib/reach";
import { useDocumentStore } from "../canvas/store";
import { pathEdges, useReachLocale, useReachResult } from "./use-reach";

/**
 * Draws the current answer on the diagram: nodes and edges on the path are outlined, the
 * blocker in red with its reason beside it. Styling goes through attribute selectors on React
 * Flow's own wrappers, so node components need no knowledge of reachability.
 */
export function ReachOverlay() {
  const design = useDocumentStore((s) => s.design);
  const result = useReachResult();
  const answer = result?.ok ? result.answer : null;
  const blockerId = answer?.blockedAt?.entityId ?? "";
  if (!answer) return null;
  const passed = answer.path.filter((h) => !h.isBlocked).map((h) => h.entityId);
  const node = (id: string) => `.react-flow__node[data-id="${id}"]`;
  const edges = pathEdges(design, answer).map((id) => `[data-testid="rf__edge-${id}"] .react-flow__edge-path`);
  const css = [
    passed.length ? `${passed.map(node).join(",")} { outline: 3px solid var(--reach-ok, #2e9e5b); outline-offset: 3px; border-radius: 10px; }` : "",
    blockerId ? `${node(blockerId)} { outline: 3px solid var(--reach-blocked, #d13212); outline-offset: 3px; border-radius: 10px; }` : "",
    edges.length ? `${edges.join(",")} { stroke: ${answer.blockedAt ? "var(--reach-blocked, #d13212)" : "var(--reach-ok, #2e9e5b)"}; stroke-width: 3px; }` : "",
  ].join("\n");
  return (
    <>
      <style data-testid="reach-highlight">{css}</style>
      {blockerId ? <BlockerFlag id={blockerId} reasonKey={answer.blockedAt!.key} params={answer.blockedAt!.params} code={answer.blockedAt!.code} /> : null}
    </>
  );
}

/** The reason, pinned to the right of the blocking node; follows it when the node moves. */
function BlockerFlag({ id, reasonKey, params, code }: { id: string; reasonKey: string; params: Record<string, string | number>; code: string }) {
  const t = useTranslations("reach.overlay");
  const locale = useReachLocale();
  const internal = useInternalNode(id);
  if (!internal) return null;
  const { x, y } = internal.internals.positionAbsolute;
  const width = internal.measured.width ?? 0;
  return (
    <ViewportPortal>
      <div className="reach-flag" role="note" aria-label={t("blocked")} data-testid="reach-flag" style={{ transform: `translate(${x + width + 12}px, ${y}px)` }}>
        <strong>{t("blocked")}</strong> <code>{code}</code>
        <div>{formatReach(reasonKey, params, locale)}</div>
      </div>
    </ViewportPortal>
  );
}
