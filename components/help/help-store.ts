"use client";
import { create } from "zustand";
import type { EntityKind } from "../../lib/design/constants";

/** The help panel: open or not, and which resource kind it explains (view state, never saved). */
export const useHelpStore = create<{ isOpen: boolean; kind: EntityKind; show(kind?: EntityKind): void; close(): void }>((set) => ({
  isOpen: false,
  kind: "vpc",
  show: (kind) => set((s) => ({ isOpen: true, kind: kind ?? s.kind })),
  close: () => set({ isOpen: false }),
}));
