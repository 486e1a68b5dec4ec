"use client";
import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { Canvas } from "../canvas/canvas";
import { loadSavedDesign, savedDesignText, startAutosave } from "../canvas/persistence";
import { restoreHistory, startHistoryAutosave } from "../canvas/saved-history";
import { useDocumentStore } from "../canvas/store";
import { Palette } from "../palette/palette";
import { Sidebar } from "./sidebar";
import { Toasts } from "./toasts";
import { Toolbar } from "./toolbar";
import { NoticeDialog } from "./notice-dialog";
import { useShortcuts } from "./use-shortcuts";
import { WelcomeCard } from "./welcome-card";
import { LabDock } from "../lab/lab-dock";
import dynamic from "next/dynamic";
import { useFinderShortcut, useFinderStore } from "../finder/finder-store";
import { useHelpShortcut, useHelpStore } from "../help/help-store";

// The finder and the help panel load when first opened: a first visit never needs them.
const Finder = dynamic(() => import("../finder/finder").then((m) => m.Finder));
const HelpPanel = dynamic(() => import("../help/help-panel").then((m) => m.HelpPanel));

type Theme = "light" | "dark";
const THEME_KEY = "vpcd:theme";
const subscribeNothing = () => () => {};

function initialTheme(): Theme {
  const saved = window.localStorage.getItem(THEME_KEY);
  if (saved === "light" || saved === "dark") return saved;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function Workspace({ firstVisit, accountSlot }: { firstVisit: boolean; accountSlot?: ReactNode }) {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    window.localStorage.setItem(THEME_KEY, theme);
  }, [theme]);
  useEffect(() => startAutosave((listener) => useDocumentStore.subscribe((s, prev) => s.design !== prev.design && listener(s.design))), []);
  useEffect(() => startHistoryAutosave(), []);
  const openImport = useCallback(() => document.querySelector<HTMLInputElement>("[data-testid=import-input]")?.click(), []);
  useShortcuts(openImport);
  useFinderShortcut();
  useHelpShortcut();
  const isFinderOpen = useFinderStore((s) => s.isOpen);
  const isHelpOpen = useHelpStore((s) => s.isOpen);
  return (
    <div className="designer" data-testid="designer">
      <Toolbar theme={theme} onToggleTheme={() => setTheme(theme === "dark" ? "light" : "dark")} accountSlot={accountSlot} />
      <div className="workspace">
        <Palette />
        <main className="canvas-wrap">
          <Canvas theme={theme} />
          <WelcomeCard firstVisit={firstVisit} />
          <LabDock />
          {isHelpOpen ? <HelpPanel /> : null}
        </main>
        <Sidebar />
      </div>
      <Toasts />
      <NoticeDialog />
      {isFinderOpen ? <Finder /> : null}
    </div>
  );
}

/** Whether the autosaved design (if any) is in the store yet, and whether there was none (a first visit). */
function useRestoredDocument(): { ready: boolean; firstVisit: boolean } {
  const mounted = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [pending, setPending] = useState(() => savedDesignText() !== null);
  const [firstVisit] = useState(() => savedDesignText() === null);
  useEffect(() => {
    if (!pending) return;
    const text = savedDesignText();
    void loadSavedDesign().then((design) => {
      if (design) useDocumentStore.getState().reset(design);
      setPending(false);
      // Undo survives a reload: the saved history follows once the design is on screen.
      if (design && text) setTimeout(() => void restoreHistory(text, design), 0);
    });
  }, [pending]);
  return { ready: mounted && !pending, firstVisit };
}

/**
 * The designer. It renders in the browser only: the document comes from this browser's
 * autosave, so the server sends a light shell and the canvas appears once it is restored.
 * In team mode the page passes the account menu (`accountSlot`) for the toolbar's end.
 */
export function Designer({ accountSlot }: { accountSlot?: ReactNode } = {}) {
  const t = useTranslations("designer");
  const { ready, firstVisit } = useRestoredDocument();
  if (!ready) return <div className="designer-loading" aria-busy="true">{t("loading")}</div>;
  return (
    <ReactFlowProvider>
      <Workspace firstVisit={firstVisit} accountSlot={accountSlot} />
    </ReactFlowProvider>
  );
}
