"use client";
import { create } from "zustand";
import type { Design } from "../../lib/design/schema";
import { seedLab } from "../../lib/templates/seed-lab";

/** Edits with the same key within this window merge into one undo step (typing in one field). */
const COALESCE_MS = 1500;
const HISTORY_LIMIT = 200;

type DocumentState = {
  design: Design;
  past: Design[];
  future: Design[];
  lastKey: string | null;
  lastAt: number;
  /** Applies a pure `lib/design/ops` change as one undo step (or merges with the last one of the same `key`). */
  apply(change: (design: Design) => Design, key?: string): void;
  /** Starts from a loaded document (the autosave) with no history. */
  reset(design: Design): void;
  /** Replaces the whole document (New, template, import); undoable like any edit. */
  replace(design: Design): void;
  undo(): void;
  redo(): void;
};

/**
 * The document slice: the design (network and layout) with its history. Only document edits
 * land here, so undo never touches selection, viewport or measured sizes (see view-store.ts).
 */
export const useDocumentStore = create<DocumentState>((set, get) => ({
  // A new visitor opens on the students' lab; the designer swaps in the autosave, if any, before showing it.
  design: seedLab(),
  past: [],
  future: [],
  lastKey: null,
  lastAt: 0,
  apply(change, key) {
    const { design, past, lastKey, lastAt } = get();
    const next = change(design);
    if (next === design) return;
    const now = Date.now();
    const merge = key !== undefined && key === lastKey && now - lastAt < COALESCE_MS && past.length > 0;
    set({ design: next, past: merge ? past : [...past, design].slice(-HISTORY_LIMIT), future: [], lastKey: key ?? null, lastAt: now });
  },
  reset(design) {
    set({ design, past: [], future: [], lastKey: null });
  },
  replace(design) {
    get().apply(() => design);
  },
  undo() {
    const { design, past, future } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({ design: previous, past: past.slice(0, -1), future: [design, ...future], lastKey: null });
  },
  redo() {
    const { design, past, future } = get();
    const next = future[0];
    if (!next) return;
    set({ design: next, past: [...past, design], future: future.slice(1), lastKey: null });
  },
}));

export const selectDesign = (s: DocumentState) => s.design;
export const selectCanUndo = (s: DocumentState) => s.past.length > 0;
export const selectCanRedo = (s: DocumentState) => s.future.length > 0;

/** Runs a document change from outside React (event handlers, shortcuts). */
export const applyChange = (change: (design: Design) => Design, key?: string) => useDocumentStore.getState().apply(change, key);
export const currentDesign = () => useDocumentStore.getState().design;
