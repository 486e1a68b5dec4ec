"use client";
import type { ServerBinding } from "./save-store";

export const BINDING_KEY = "vpcd:server-design";

/** A fresh design id: 16 random bytes as hex (`crypto.getRandomValues` works on plain-http class servers too, unlike `randomUUID`). */
export function newDesignId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The saved design this browser's document is, if it belongs to `owner` (another user's binding in a shared browser is ignored). */
export function readBinding(owner: string): ServerBinding | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(BINDING_KEY) ?? "null") as Partial<ServerBinding> | null;
    if (!raw || raw.owner !== owner || typeof raw.id !== "string" || typeof raw.version !== "number") return null;
    return { owner, id: raw.id, version: raw.version, savedHash: typeof raw.savedHash === "string" ? raw.savedHash : null };
  } catch {
    return null;
  }
}

/** The account whose binding this browser holds, if any: a different one means the document on screen is someone else's. */
export function bindingOwner(): string | undefined {
  try {
    const owner = (JSON.parse(window.localStorage.getItem(BINDING_KEY) ?? "null") as { owner?: unknown } | null)?.owner;
    return typeof owner === "string" ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the binding beside the autosaved document; storage failures are ignored like the autosave's. */
export function writeBinding(binding: ServerBinding | null): void {
  try {
    if (binding) window.localStorage.setItem(BINDING_KEY, JSON.stringify(binding));
    else window.localStorage.removeItem(BINDING_KEY);
  } catch {
    // Storage full or disabled: the server still has the design; the binding lasts until reload.
  }
}
