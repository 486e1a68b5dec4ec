"use client";
import { designHistoryAction, listDesignsAction, openDesignAction, saveDesignAction } from "../../app/actions/designs";
import type { OpenedDesign } from "../../lib/designs";
import { savedDesignText } from "../canvas/persistence";
import { useDocumentStore } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { onDesignOpened, openDesign } from "../shell/commands";
import { seedLab } from "../../lib/templates/seed-lab";
import { bindingOwner, newDesignId, readBinding, writeBinding } from "./binding";
import { setSaveState, useServerSaveStore } from "./save-store";
import { createServerAutosave, hashOf, type ServerAutosave } from "./server-autosave";

let active: { autosave: ServerAutosave; owner: string } | null = null;

/** A saved design an instructor opened from the class view (`/?design=…&version=…`), to read only. */
export type ViewedDesign = { id: string; version?: number };

/**
 * Starts team mode's server saving for the signed-in `owner` (the page passes it only in team
 * mode): binds the document to its saved design, saves each edit as a version, and on a fresh
 * browser (nothing autosaved here) brings back the user's most recently saved design. With
 * `viewing` (an instructor looking at a student's design) it opens that one and saves nothing.
 */
export function startServerDesigns(owner: string, viewing?: ViewedDesign): () => void {
  let hadLocalCopy = savedDesignText() !== null;
  const previousOwner = bindingOwner();
  // A shared lab computer: the design on screen is the last user's, never to be saved as this
  // one's. Reset before listening, so the reset itself is not an edit to save.
  if (previousOwner && previousOwner !== owner) {
    writeBinding(null);
    useDocumentStore.getState().reset(seedLab());
    hadLocalCopy = false;
  }
  const autosave = createServerAutosave({ owner, current: () => useDocumentStore.getState().design, save: saveDesignAction, newId: newDesignId, persist: writeBinding });
  const session = { autosave, owner };
  active = session;
  const stopChanges = useDocumentStore.subscribe((s, prev) => s.design !== prev.design && autosave.changed());
  // New, a template, Import or a recent design: the next save starts a new design on the server.
  const stopOpens = onDesignOpened(() => (viewing ? undefined : autosave.bind(null)));
  const retryNow = () => void autosave.flush();
  window.addEventListener("online", retryNow);
  if (viewing) void openToRead(owner, viewing);
  else void restore(autosave, owner, hadLocalCopy);
  return () => {
    stopChanges();
    stopOpens();
    window.removeEventListener("online", retryNow);
    autosave.stop();
    if (active === session) active = null;
  };
}

async function restore(autosave: ServerAutosave, owner: string, hadLocalCopy: boolean): Promise<void> {
  const binding = readBinding(owner);
  const initial = useDocumentStore.getState().design;
  if (!hadLocalCopy || !binding) {
    const list = hadLocalCopy ? null : await listDesignsAction().catch(() => null);
    const newest = list?.ok ? list.data[0] : undefined;
    const opened = newest ? await openDesignAction({ id: newest.id }).catch(() => null) : null;
    // Only onto the untouched start: an edit made meanwhile wins.
    if (opened?.ok && useDocumentStore.getState().design === initial) {
      useDocumentStore.getState().reset(opened.data.design);
      autosave.bind({ owner, id: opened.data.id, version: opened.data.latestVersion, savedHash: hashOf(opened.data.design) });
      return setSaveState({ status: "saved" });
    }
    if (list && !list.ok) return setSaveState({ status: "local-only" });
    // A design this browser had before team mode (or before this user) is saved as a new one.
    if (hadLocalCopy) autosave.changed();
    return;
  }
  autosave.bind(binding);
  const history = await designHistoryAction({ id: binding.id }).catch(() => null);
  const latest = history?.ok ? (history.data[0]?.version ?? 0) : undefined;
  if (latest === undefined) return history && !history.ok && history.error.code.startsWith("unauthorized") ? autosave.bind(null) : setSaveState({ status: "local-only" });
  if (latest > binding.version) return setSaveState({ status: "conflict", latestVersion: latest });
  autosave.changed();
}

async function openToRead(owner: string, viewing: ViewedDesign): Promise<void> {
  setSaveState({ status: "read-only", binding: null });
  // Marks this browser's document as the instructor's session, so a student signing in here
  // next never saves the design read here as theirs (the shared-computer rule above).
  writeBinding({ owner, id: viewing.id, version: 0, savedHash: null });
  const result = await openDesignAction(viewing.version === undefined ? { id: viewing.id } : viewing).catch(() => null);
  if (!result?.ok) return useViewStore.getState().notify({ key: "designs.openFailed" });
  useDocumentStore.getState().reset(result.data.design);
  setSaveState({ viewing: { ownerName: result.data.ownerName ?? "", version: result.data.version, latestVersion: result.data.latestVersion } });
}

/** Opens a saved design's newest version (or an older one) as an undoable change; the next edit saves on top of the newest. */
export async function openSavedDesign(id: string, version?: number): Promise<OpenedDesign | null> {
  const result = await openDesignAction(version === undefined ? { id } : { id, version }).catch(() => null);
  if (!result?.ok) {
    useViewStore.getState().notify({ key: "designs.openFailed" });
    return null;
  }
  const opened = result.data;
  openDesign(opened.design);
  active?.autosave.bind({ owner: active.owner, id: opened.id, version: opened.latestVersion, savedHash: hashOf(opened.design) });
  setSaveState({ status: "saved", latestVersion: undefined, openedVersion: opened.version < opened.latestVersion ? opened.version : undefined });
  return opened;
}

/** Resolves a conflict by loading the newer version (the edit it replaces stays in Recent designs and Undo). */
export async function loadNewerVersion(): Promise<void> {
  const id = useServerSaveStore.getState().binding?.id;
  if (id) await openSavedDesign(id);
}

/** Resolves a conflict by saving this document as a new design. */
export async function saveAsCopy(): Promise<void> {
  await active?.autosave.saveAsCopy();
}
