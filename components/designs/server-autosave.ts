"use client";
import type { ActionResult } from "../../lib/actions/result";
import type { Design } from "../../lib/design/schema";
import type { DesignVersionInfo } from "../../lib/designs";
import { designText } from "../canvas/persistence";
import { textHash } from "../canvas/saved-history";
import { setSaveState, useServerSaveStore, type ServerBinding } from "./save-store";

export type ServerAutosaveDeps = {
  owner: string;
  /** The document now (the canvas store's design). */
  current(): Design;
  save(input: { id: string; baseVersion?: number; design: Design }): Promise<ActionResult<DesignVersionInfo>>;
  newId(): string;
  persist(binding: ServerBinding | null): void;
  /** Quiet time after the last edit before a save: each save is a version, so typing must not make dozens. */
  delayMs?: number;
  /** Waits between retries while the server cannot be reached; the last one repeats. */
  retryMs?: readonly number[];
};

export type ServerAutosave = {
  /** An edit happened: save after the quiet time (not while a conflict waits for the user, never when read-only). */
  changed(): void;
  /** Saves now if the document differs from what the server has. */
  flush(): Promise<void>;
  /** Points the editor at a saved design (opened from the server) or at none (a new design). */
  bind(binding: ServerBinding | null): void;
  /** Resolves a conflict by saving the document as a new design, leaving the newer version alone. */
  saveAsCopy(): Promise<void>;
  stop(): void;
};

export const hashOf = (design: Design) => textHash(designText(design));

/**
 * Team mode's second autosave: the document goes to the server as a new version a short while
 * after the last edit. Each save names the version it started from, so a save from a tab that
 * fell behind is refused (`conflict:design`) and waits for the user instead of overwriting.
 * While the server cannot be reached, the browser's autosave keeps the copy and this retries.
 */
export function createServerAutosave(deps: ServerAutosaveDeps): ServerAutosave {
  const { delayMs = 1_000, retryMs = [2_000, 5_000, 15_000, 30_000] } = deps;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let inFlight: Promise<void> | null = null;
  let isStopped = false;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!isStopped) timer = setTimeout(() => void flush(), ms);
  };
  const bind = (binding: ServerBinding | null) => {
    setSaveState({ binding, openedVersion: undefined });
    deps.persist(binding);
  };

  async function saveOnce(): Promise<void> {
    const state = useServerSaveStore.getState();
    if (state.status === "conflict" || state.status === "read-only") return;
    const design = deps.current();
    const hash = hashOf(design);
    if (state.binding?.savedHash === hash) return setSaveState({ status: "saved" });
    const binding = state.binding ?? { owner: deps.owner, id: deps.newId(), version: 0, savedHash: null };
    if (!state.binding) bind(binding);
    setSaveState({ status: "saving" });
    const result = await deps.save({ id: binding.id, design, ...(binding.version ? { baseVersion: binding.version } : {}) }).catch(() => null);
    // Another design was opened meanwhile: this answer is about the old one.
    if (useServerSaveStore.getState().binding !== binding) return schedule(0);
    if (result?.ok) {
      failures = 0;
      bind({ ...binding, version: result.data.version, savedHash: hash });
      // Edits made while the save was on its way go in the next version.
      const isBehind = deps.current() !== design;
      setSaveState({ status: isBehind ? "pending" : "saved" });
      if (isBehind) schedule(delayMs);
    } else if (result && result.error.code === "conflict:design") {
      setSaveState({ status: "conflict", latestVersion: Number(result.error.reason?.params.latest ?? 0) });
    } else {
      setSaveState({ status: "local-only" });
      schedule(retryMs[Math.min(failures++, retryMs.length - 1)]!);
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(() => (useServerSaveStore.getState().status === "pending" ? flush() : undefined));
    inFlight = saveOnce().finally(() => (inFlight = null));
    return inFlight;
  }

  return {
    changed() {
      const { status } = useServerSaveStore.getState();
      if (status === "conflict" || status === "read-only") return;
      setSaveState({ status: "pending" });
      schedule(delayMs);
    },
    flush,
    bind,
    async saveAsCopy() {
      bind({ owner: deps.owner, id: deps.newId(), version: 0, savedHash: null });
      setSaveState({ status: "pending", latestVersion: undefined });
      await flush();
    },
    stop() {
      isStopped = true;
      clearTimeout(timer);
    },
  };
}
