"use client";
import { ENTITY_COLLECTIONS } from "../../lib/design/constants";
import type { Design } from "../../lib/design/schema";
import { designText } from "../canvas/persistence";

export const RECENT_KEY = "vpcd:recent";
/** How many earlier designs the Recent menu keeps. */
export const RECENT_LIMIT = 5;
/** Characters of localStorage the list may use; the oldest go first when it is over. */
export const RECENT_BUDGET_CHARS = 1_500_000;

/** One earlier design: its name, when it was put aside, and its JSON text (loaded through the migrations when opened). */
export type RecentDesign = { name: string; savedAt: number; text: string };

/** The entities a design holds, all collections together. */
export const entityCount = (d: Design) => ENTITY_COLLECTIONS.reduce((n, key) => n + Object.keys(d[key]).length, 0);

/** The list, newest first; an unreadable entry list reads as empty. */
export function listRecent(): RecentDesign[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(raw) ? raw.filter((r): r is RecentDesign => typeof r?.name === "string" && typeof r?.text === "string" && typeof r?.savedAt === "number") : [];
  } catch {
    return [];
  }
}

function write(list: readonly RecentDesign[]): void {
  let kept = list.slice(0, RECENT_LIMIT);
  while (kept.length > 0 && kept.reduce((n, r) => n + r.text.length, 0) > RECENT_BUDGET_CHARS) kept = kept.slice(0, -1);
  try {
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(kept));
  } catch {
    // Storage full: the list stays as it was; the design itself is still undoable.
  }
}

/**
 * Keeps a design that is about to be replaced (New, a template, Import, another recent design)
 * at the top of the list. An empty design is not worth keeping; the same text appears once.
 */
export function rememberDesign(design: Design, now = Date.now()): void {
  if (entityCount(design) === 0) return;
  const text = designText(design);
  write([{ name: design.name, savedAt: now, text }, ...listRecent().filter((r) => r.text !== text)]);
}

/** Drops one entry (the one just opened: it is the current design now). */
export function forgetRecent(text: string): void {
  write(listRecent().filter((r) => r.text !== text));
}
