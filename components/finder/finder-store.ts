"use client";
import { useEffect } from "react";
import { create } from "zustand";

/** Whether the finder (Ctrl+K) is open: view state, never saved. */
export const useFinderStore = create<{ isOpen: boolean; setOpen(isOpen: boolean): void }>((set) => ({
  isOpen: false,
  setOpen: (isOpen) => set({ isOpen }),
}));

/**
 * Ctrl+K (⌘K) opens the finder from anywhere, even while typing in a field, as in the AWS
 * console and Figma. It lives apart from the finder itself, which loads on first use.
 */
export function useFinderShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        useFinderStore.getState().setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
