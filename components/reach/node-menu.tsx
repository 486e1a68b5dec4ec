"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import type { Node } from "@xyflow/react";
import { useViewStore } from "../canvas/view-store";
import { useReachStore } from "./reach-store";

const END_KINDS = new Set(["instance", "subnet", "load-balancer"]);

/** Canvas hook: right-click on an instance, subnet or load balancer opens the reach menu. */
export function openReachMenu(event: React.MouseEvent, node: Node): void {
  if (!END_KINDS.has(node.type ?? "")) return;
  event.preventDefault();
  useReachStore.getState().openMenu(node.id, event.clientX, event.clientY);
}

/** The node's context menu: "Can this reach…?" selects the node and focuses the question form. */
export function NodeMenu() {
  const t = useTranslations("reach.menu");
  const menu = useReachStore((s) => s.menu);
  useEffect(() => {
    if (!menu) return;
    const close = () => useReachStore.getState().closeMenu();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    window.addEventListener("pointerdown", close);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("pointerdown", close);
      window.removeEventListener("keydown", onKey);
    };
  }, [menu]);
  if (!menu) return null;
  const choose = () => {
    useViewStore.getState().select([menu.id]);
    useViewStore.getState().setTab("inspector");
    useReachStore.getState().setFocusFor(menu.id);
    useReachStore.getState().closeMenu();
  };
  return (
    <div className="reach-menu" role="menu" aria-label={t("label")} style={{ left: menu.x, top: menu.y }} data-testid="node-menu" onPointerDown={(e) => e.stopPropagation()}>
      <button type="button" role="menuitem" autoFocus data-testid="menu-reach" onClick={choose}>{t("ask")}</button>
    </div>
  );
}
