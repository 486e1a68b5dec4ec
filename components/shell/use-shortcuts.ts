"use client";
import { useEffect } from "react";
import { useReactFlow } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useDocumentStore } from "../canvas/store";
import { fitReadable } from "../canvas/fit";
import { useViewStore } from "../canvas/view-store";
import { autoLayout, copySelection, deleteSelection, exportJson, newDesign, paste } from "./commands";

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Editor shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z (or Ctrl+Y) redo, Delete/Backspace remove,
 * Ctrl/⌘+C / V copy and paste subnets, instances and security groups (saying so, or why not), Ctrl/⌘+S export JSON, Ctrl/⌘+O import,
 * Shift+1 fit view, Shift+L auto-layout, Alt+N new. Ignored while typing in a field.
 */
export function useShortcuts(openImport: () => void): void {
  const rf = useReactFlow();
  const t = useTranslations("designer.toolbar");
  const tEdit = useTranslations("designer.clipboard");
  useEffect(() => {
    const tellCopied = ({ copied, skipped }: { copied: number; skipped: number }) => {
      if (copied) useViewStore.getState().toast(tEdit("copied", { count: copied }));
      else if (skipped) useViewStore.getState().toast(tEdit("notCopyable"));
    };
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const run = (fn: () => unknown) => {
        e.preventDefault();
        fn();
      };
      if (mod && key === "z") return run(e.shiftKey ? useDocumentStore.getState().redo : useDocumentStore.getState().undo);
      if (mod && key === "y") return run(useDocumentStore.getState().redo);
      if (mod && key === "c") return void tellCopied(copySelection());
      if (mod && key === "v") return run(() => paste() || useViewStore.getState().toast(tEdit("nothingToPaste")));
      if (mod && key === "s") return run(exportJson);
      if (mod && key === "o") return run(openImport);
      if (e.altKey && key === "n") return run(() => newDesign(t("untitled")));
      if (key === "delete" || key === "backspace") return run(deleteSelection);
      if (e.shiftKey && e.code === "Digit1") return run(() => fitReadable(rf));
      if (e.shiftKey && key === "l") return run(() => autoLayout());
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [openImport, rf, t, tEdit]);
}
