"use client";
import { collectionOf, freshId, pasteCopy, removeEntities, replaceLayout } from "../../lib/design/ops";
import { emptyDesign } from "../../lib/design/empty";
import type { Design, Instance, SecurityGroup, Subnet } from "../../lib/design/schema";
import { removeRelation } from "../../lib/flow/edges";
import { applyChange, currentDesign, useDocumentStore } from "../canvas/store";
import { designText } from "../canvas/persistence";
import { useViewStore } from "../canvas/view-store";
import { entityCount, forgetRecent, rememberDesign } from "./recent-designs";

type Copied = { collection: "subnets"; entity: Subnet } | { collection: "instances"; entity: Instance } | { collection: "securityGroups"; entity: SecurityGroup };
let clipboard: Copied[] = [];

/**
 * Deletes the selected entities (with their cascades) and the relations of selected edges, as
 * one undo step. When more goes than the one thing clicked (a VPC takes its subnets, gateways
 * and instances with it), a toast says how much and offers Undo, as Figma does, instead of
 * asking first: the delete stays one keystroke and nothing is lost.
 */
export function deleteSelection(): void {
  const ids = [...useViewStore.getState().selection];
  if (!ids.length) return;
  const before = currentDesign();
  const entities = ids.filter((id) => collectionOf(before, id));
  applyChange((d) => {
    const edges = ids.filter((id) => id.includes(":") && !id.startsWith("az:"));
    return edges.reduce(removeRelation, removeEntities(d, entities));
  });
  useViewStore.getState().select([]);
  const removed = entityCount(before) - entityCount(currentDesign());
  if (removed <= 1) return;
  const undo = () => useDocumentStore.getState().undo();
  const notify = useViewStore.getState().notify;
  const collection = entities.length === 1 ? collectionOf(before, entities[0]) : undefined;
  if (collection) {
    const entity = before[collection][entities[0]] as { name?: string };
    notify({ key: "workspace.deletedWithInside", values: { collection, name: entity.name ?? entities[0], inside: removed - 1 }, undo, testId: "toast-deleted" });
  } else notify({ key: "workspace.deletedMany", values: { count: removed }, undo, testId: "toast-deleted" });
}

/** What one selected id copies as, or nothing for a kind that is not copyable. */
function copyOf(d: Design, id: string): Copied[] {
  if (d.subnets[id]) return [{ collection: "subnets", entity: d.subnets[id] }];
  if (d.instances[id]) return [{ collection: "instances", entity: d.instances[id] }];
  if (d.securityGroups[id]) return [{ collection: "securityGroups", entity: d.securityGroups[id] }];
  return [];
}

/**
 * Copies the selected subnets, instances and security groups; says how many were copied and
 * which selected kinds cannot be (a VPC, a gateway …), so Ctrl+C never silently does nothing.
 */
export function copySelection(): { copied: number; skipped: number } {
  const d = currentDesign();
  const selection = [...useViewStore.getState().selection].filter((id) => collectionOf(d, id));
  const copied = selection.flatMap((id) => copyOf(d, id));
  if (copied.length) clipboard = copied;
  return { copied: copied.length, skipped: selection.length - copied.length };
}

/** Pastes copies with fresh ids, names and (for subnets) the next free CIDR; selects them. */
export function paste(): number {
  if (!clipboard.length) return 0;
  const pasted: string[] = [];
  applyChange((d) =>
    clipboard.reduce((acc, item) => {
      const id = freshId(acc, item.entity.id.replace(/-\d+$/, ""));
      const next = pasteCopy(acc, item.collection, item.entity, id);
      if (next !== acc) pasted.push(id);
      return next;
    }, d),
  );
  useViewStore.getState().select(pasted);
  return pasted.length;
}

const openListeners = new Set<() => void>();

/**
 * Calls `listener` whenever another design is opened (New, a template, Import, a recent one),
 * before it replaces the current one: team mode's server autosave then starts a new saved design.
 */
export function onDesignOpened(listener: () => void): () => void {
  openListeners.add(listener);
  return () => void openListeners.delete(listener);
}

/**
 * Opens a design (New, template, import, a recent design) as one undoable change, clearing the
 * selection. Nothing is lost without asking: the design it replaces goes to Recent designs
 * and a toast offers Undo (the history is saved, so Undo works after a reload too).
 */
export function openDesign(design: Design): void {
  for (const listener of openListeners) listener();
  const previous = currentDesign();
  const isSame = designText(previous) === designText(design);
  if (!isSame) rememberDesign(previous);
  useDocumentStore.getState().replace(design);
  useViewStore.getState().select([]);
  if (isSame || entityCount(previous) === 0) return;
  useViewStore.getState().notify({ key: "workspace.replaced", values: { name: design.name, previous: previous.name }, undo: () => useDocumentStore.getState().undo(), testId: "toast-replaced" });
}

/** Opens a design from the Recent list (through the migrations); false when it no longer loads. */
export async function openRecent(text: string): Promise<boolean> {
  const { loadDesignText } = await import("../../lib/design/migrate");
  const loaded = loadDesignText(text);
  if (!loaded.ok) return (forgetRecent(text), false);
  forgetRecent(text);
  openDesign(loaded.design);
  return true;
}

/** Starts an empty design in the current region, named in the user's language. */
export const newDesign = (name: string) => openDesign(emptyDesign(currentDesign().region, name));
/** Opens a template by name; the catalogue loads on first use. */
export async function openTemplate(name: string): Promise<void> {
  const { getTemplate } = await import("../../lib/templates");
  const design = getTemplate(name);
  if (design) openDesign(design);
}

/**
 * Imports a JSON file through the migrations. A broken file leaves the current design as it
 * is and returns the problems, one line per field, for the error dialog.
 */
export async function importFile(file: File): Promise<{ ok: true } | { ok: false; detail: string }> {
  const { describeLoadIssues, loadDesignText } = await import("../../lib/design/migrate");
  const result = loadDesignText(await file.text());
  if (!result.ok) return { ok: false, detail: describeLoadIssues(result.issues) };
  openDesign(result.design);
  return { ok: true };
}

/** Downloads a blob under a file name. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the design's name: "KTB seed lab" → "ktb-seed-lab". */
export const fileStem = (d: Design) => d.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "design";

/** Saves the document as pretty JSON (the same format Import and the CLI read). */
export function exportJson(): void {
  const d = currentDesign();
  download(`${fileStem(d)}.json`, new Blob([JSON.stringify(d, null, 2)], { type: "application/json" }));
}

/** Lays out subnets and their contents with ELK (loaded on first use), as one undo step. */
export async function autoLayout(): Promise<void> {
  const [{ default: ELK }, { autoLayoutGraph, layoutFromElk }] = await Promise.all([import("elkjs/lib/elk.bundled.js"), import("../../lib/flow/auto-layout")]);
  const design = currentDesign();
  const result = await new ELK().layout(autoLayoutGraph(design) as never);
  applyChange((d) => (d === design ? replaceLayout(d, layoutFromElk(result as never)) : d));
}
