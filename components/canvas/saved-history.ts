"use client";
import type { Design } from "../../lib/design/schema";
import { designText } from "./persistence";
import { textHash } from "./text-hash";
import { useDocumentStore } from "./store";

export const HISTORY_KEY = "vpcd:history";
/** How many undo steps survive a reload, newest first, within the character budget. */
export const PERSISTED_STEPS = 50;
/** About 3 MB of localStorage's usual 5 MB at two bytes a character, shared with the design and Recent designs. */
export const HISTORY_BUDGET_CHARS = 1_500_000;

// The history is only restored onto the design text it was saved with (its `textHash`).
export { textHash };

/** Takes snapshots from `list` (nearest to the present first) while they fit in what is left of the budget. */
function fit(list: readonly Design[], fromEnd: boolean, budget: { left: number }): string[] {
  const kept: string[] = [];
  const ordered = fromEnd ? [...list].reverse() : list;
  for (const design of ordered.slice(0, PERSISTED_STEPS)) {
    const text = designText(design);
    if (text.length > budget.left) break;
    budget.left -= text.length;
    kept.push(text);
  }
  return fromEnd ? kept.reverse() : kept;
}

/**
 * The undo and redo stacks as one JSON text, bound to the current design by its hash. Each
 * snapshot's text is cached per document version, so a save after an edit serialises only
 * the new version (snapshots share structure, but the text does not).
 */
export function historyText(design: Design, past: readonly Design[], future: readonly Design[], budgetChars = HISTORY_BUDGET_CHARS): string {
  const budget = { left: budgetChars };
  const kept = fit(past, true, budget);
  const ahead = fit(future, false, budget);
  return `{"for":${JSON.stringify(textHash(designText(design)))},"past":[${kept.join(",")}],"future":[${ahead.join(",")}]}`;
}

/**
 * Reads saved stacks back through the migrations, like any file. Null when they belong to
 * another design text or any snapshot no longer loads (then the history is dropped whole:
 * a partial undo stack would jump between unrelated versions).
 */
export async function parseHistory(text: string, savedDesignText: string): Promise<{ past: Design[]; future: Design[] } | null> {
  let raw: { for?: unknown; past?: unknown; future?: unknown };
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw.for !== textHash(savedDesignText) || !Array.isArray(raw.past) || !Array.isArray(raw.future)) return null;
  const { migrate } = await import("../../lib/design/migrate");
  const load = (list: unknown[]) => list.map((d) => migrate(d));
  const [past, future] = [load(raw.past), load(raw.future)];
  if ([...past, ...future].some((r) => !r.ok)) return null;
  const designs = (list: typeof past) => list.map((r) => (r.ok ? r.design : (null as never)));
  return { past: designs(past), future: designs(future) };
}

function saveHistory(): void {
  const { design, past, future } = useDocumentStore.getState();
  try {
    window.localStorage.setItem(HISTORY_KEY, historyText(design, past, future));
  } catch {
    // Storage full: keep working; undo still works until the page closes.
  }
}

/** Saves the undo history a short while after each change (and when the page is hidden). */
export function startHistoryAutosave(delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useDocumentStore.subscribe((s, prev) => {
    if (s.past === prev.past && s.future === prev.future) return;
    clearTimeout(timer);
    timer = setTimeout(saveHistory, delayMs);
  });
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    saveHistory();
  };
  window.addEventListener("pagehide", flush);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", flush);
    flush();
  };
}

/**
 * Puts the saved undo history back once the saved design is on screen (off the first render's
 * path). Nothing happens if the user already edited: their new history wins.
 */
export async function restoreHistory(savedText: string, restored: Design): Promise<void> {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(HISTORY_KEY);
  } catch {
    return;
  }
  const history = text ? await parseHistory(text, savedText) : null;
  const state = useDocumentStore.getState();
  if (history && state.design === restored && state.past.length === 0 && state.future.length === 0) useDocumentStore.setState({ past: history.past, future: history.future });
}
