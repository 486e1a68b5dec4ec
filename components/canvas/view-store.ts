"use client";
import { create } from "zustand";

export type SidebarTab = "inspector" | "problems" | "deploy" | "status";
export type Toast = { id: number; tone: "info" | "error"; text: string; note?: Note };
/**
 * A toast worded by a catalogue key (for code outside React, such as commands and shortcuts),
 * optionally offering Undo: the document change it reports can be taken back from the toast.
 */
export type Note = { key: string; values?: Record<string, string | number>; undo?: () => void; testId?: string };

type ViewState = {
  selection: ReadonlySet<string>;
  /** Positions of nodes being dragged (a transient overlay; committed to the document on drop). */
  dragging: ReadonlyMap<string, { x: number; y: number }>;
  measured: ReadonlyMap<string, { w: number; h: number }>;
  tab: SidebarTab;
  toasts: Toast[];
  /** Entity to centre the viewport on (set by the problems panel; the canvas consumes it). */
  reveal: { id: string; seq: number } | null;
  /** A blocking message (an import that failed, with the fields it names). */
  notice: { title: string; detail: string } | null;
  setNotice(notice: { title: string; detail: string } | null): void;
  select(ids: Iterable<string>): void;
  setDragging(map: ReadonlyMap<string, { x: number; y: number }>): void;
  /** Records measured sizes; one call per batch of React Flow changes (a first render measures every node on screen at once). */
  setMeasured(sizes: ReadonlyMap<string, { w: number; h: number }>): void;
  setTab(tab: SidebarTab): void;
  toast(text: string, tone?: Toast["tone"]): void;
  /** Shows a catalogue-worded toast; one with Undo stays longer (8 s) so there is time to use it. */
  notify(note: Note): void;
  dismiss(id: number): void;
  revealEntity(id: string): void;
};

let toastSeq = 0;

/** View state: selection, drag overlay, measured sizes, panels, toasts. Never undone, never saved. */
export const useViewStore = create<ViewState>((set) => ({
  selection: new Set(),
  dragging: new Map(),
  measured: new Map(),
  tab: "inspector",
  toasts: [],
  reveal: null,
  notice: null,
  setNotice: (notice) => set({ notice }),
  select: (ids) => set({ selection: new Set(ids) }),
  setDragging: (dragging) => set({ dragging }),
  setMeasured: (sizes) => set((s) => ({ measured: new Map([...s.measured, ...sizes]) })),
  setTab: (tab) => set({ tab }),
  toast: (text, tone = "info") => {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, tone, text }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 4000);
  },
  notify: (note) => {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, tone: "info", text: note.key, note }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), note.undo ? 8000 : 4000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  revealEntity: (id) => set((s) => ({ selection: new Set([id]), tab: "inspector", reveal: { id, seq: (s.reveal?.seq ?? 0) + 1 } })),
}));

export const viewActions = () => useViewStore.getState();
