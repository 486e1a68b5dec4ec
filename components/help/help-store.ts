"use client";
import { useEffect } from "react";
import { create } from "zustand";
import { KIND_OF_COLLECTION, type EntityKind } from "../../lib/design/constants";
import { collectionOf } from "../../lib/design/ops";
import { currentDesign } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";

/** The help panel: open or not, and which resource kind it explains (view state, never saved). */
export const useHelpStore = create<{ isOpen: boolean; kind: EntityKind; show(kind?: EntityKind): void; close(): void }>((set) => ({
  isOpen: false,
  kind: "vpc",
  show: (kind) => set((s) => ({ isOpen: true, kind: kind ?? s.kind })),
  close: () => set({ isOpen: false }),
}));

/** The kind of the one selected entity, if any: help opens on what the student is looking at. */
export function selectedKind(): EntityKind | undefined {
  const [id] = [...useViewStore.getState().selection];
  const collection = id ? collectionOf(currentDesign(), id) : undefined;
  return collection ? KIND_OF_COLLECTION[collection] : undefined;
}

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** F1 (or "?" outside a field) opens help on the selected resource's kind; Escape closes it. The panel loads on first use. */
export function useHelpShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const help = useHelpStore.getState();
      if (e.key === "Escape" && help.isOpen) return help.close();
      if (e.key !== "F1" && !(e.key === "?" && !isTyping(e.target))) return;
      e.preventDefault();
      help.show(selectedKind());
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
