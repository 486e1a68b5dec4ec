"use client";
import { loadDesignText } from "../../lib/design/migrate";
import type { Design } from "../../lib/design/schema";
import { seedLab } from "../../lib/templates/seed-lab";

export const STORAGE_KEY = "vpcd:design";

/**
 * The design the designer opens with: the autosaved one when it still loads (through the
 * migrations, like any file), else the students' seed lab.
 */
export function loadSavedDesign(): Design {
  if (typeof window === "undefined") return seedLab();
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const loaded = text ? loadDesignText(text) : null;
    return loaded?.ok ? loaded.design : seedLab();
  } catch {
    return seedLab();
  }
}

/** Saves the design; quota or privacy-mode failures are ignored (the design stays in memory). */
export function saveDesign(design: Design): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(design));
  } catch {
    // Storage full or disabled: nothing to do but keep working in memory.
  }
}

/** Saves a short while after the last change, so typing does not serialise on every keystroke. */
export function startAutosave(subscribe: (listener: (design: Design) => void) => () => void, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Design | null = null;
  const flush = () => {
    if (pending) saveDesign(pending);
    pending = null;
  };
  const unsubscribe = subscribe((design) => {
    pending = design;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  window.addEventListener("pagehide", flush);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener("pagehide", flush);
    flush();
  };
}
