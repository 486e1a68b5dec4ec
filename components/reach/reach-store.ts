"use client";
import { create } from "zustand";
import type { ReachQuery } from "../../lib/reach";

/**
 * View state of the reachability question: the question being shown on the canvas and the
 * node menu. Never saved or undone; the answer itself is always derived from the document.
 */
type ReachState = {
  question: ReachQuery | null;
  /** The node whose context menu is open, at viewport coordinates. */
  menu: { id: string; x: number; y: number } | null;
  /** The entity whose "Can this reach…?" form should take focus next. */
  focusFor: string | null;
  ask(question: ReachQuery): void;
  clear(): void;
  openMenu(id: string, x: number, y: number): void;
  closeMenu(): void;
  setFocusFor(id: string | null): void;
};

export const useReachStore = create<ReachState>((set) => ({
  question: null,
  menu: null,
  focusFor: null,
  ask: (question) => set({ question }),
  clear: () => set({ question: null }),
  openMenu: (id, x, y) => set({ menu: { id, x, y } }),
  closeMenu: () => set({ menu: null }),
  setFocusFor: (focusFor) => set({ focusFor }),
}));
