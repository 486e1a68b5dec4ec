"use client";
import { create } from "zustand";

/**
 * Which saved design the editor's document is, for one signed-in user: its id on the server,
 * the version the document is based on (0: never saved) and the hash of the text last saved,
 * so an unchanged document is not saved again (after a reload, too).
 */
export type ServerBinding = { owner: string; id: string; version: number; savedHash: string | null };

/**
 * `pending`: an edit waits for the debounce; `saving`: a save is on its way; `saved`: the server
 * has this document; `local-only`: the server could not be reached or refused, the copy in this
 * browser is safe and a retry is scheduled; `conflict`: another tab or browser saved a newer
 * version, and nothing is saved over it until the user chooses; `read-only`: an instructor
 * looks at a student's design, and nothing is ever saved to the server.
 */
export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "local-only" | "conflict" | "read-only";

type SaveState = {
  binding: ServerBinding | null;
  status: SaveStatus;
  /** The newest version on the server when `status` is `conflict`. */
  latestVersion?: number;
  /** An older version the user opened from its history, until the next save. */
  openedVersion?: number;
  /** Whose design an instructor is looking at, and which version of how many, when `status` is `read-only`. */
  viewing?: { ownerName: string; version: number; latestVersion: number };
};

/** Team mode's server-save state; the embedded mode never writes it. View-like: never undone. */
export const useServerSaveStore = create<SaveState>(() => ({ binding: null, status: "idle" }));

export const setSaveState = (patch: Partial<SaveState>) => useServerSaveStore.setState(patch);
