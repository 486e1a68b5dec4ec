"use client";
import { create } from "zustand";

/** Whether the finder (Ctrl+K) is open: view state, never saved. */
export const useFinderStore = create<{ isOpen: boolean; setOpen(isOpen: boolean): void }>((set) => ({
  isOpen: false,
  setOpen: (isOpen) => set({ isOpen }),
}));
