"use client";
import type { Design } from "../../lib/design/schema";
import { readSealedDesign, sealIfUnchanged, sealSavedText } from "./autosave-seal";

export const STORAGE_KEY = "vpcd:design";

const texts = new WeakMap<Design, string>();

/** The design as JSON text, computed once per document version (documents are immutable). */
export function designText(design: Design): string {
  let text = texts.get(design);
  if (text === undefined) texts.set(design, (text = JSON.stringify(design)));
  return text;
}

/** The autosaved document text, if this browser has one. */
export function savedDesignText(): string | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Loads the autosaved design through the migrations, like any file, unless this build already
 * checked this very text (see autosave-seal.ts). The loader (and its schema library) is fetched
 * only when a text has to be parsed, so a first visit and a plain reload stay light.
 * Resolves to null when nothing is saved or the saved text no longer loads.
 */
export async function loadSavedDesign(): Promise<Design | null> {
  const text = savedDesignText();
  if (!text) return null;
  const sealed = readSealedDesign(text);
  if (sealed) return sealed;
  const { loadDesignText } = await import("../../lib/design/migrate");
  const loaded = loadDesignText(text);
  if (!loaded.ok) return null;
  sealIfUnchanged(text, loaded.design, designText);
  return loaded.design;
}

/** Saves the design; quota or privacy-mode failures are ignored (the design stays in memory). */
export function saveDesign(design: Design): void {
  try {
    const text = designText(design);
    window.localStorage.setItem(STORAGE_KEY, text);
    sealSavedText(text);
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
