import { beforeEach, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { SEAL_KEY } from "./autosave-seal";
import { designText, loadSavedDesign, saveDesign, STORAGE_KEY } from "./persistence";

/** A browser's localStorage, enough for the autosave. */
function fakeStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), clear: () => items.clear() };
}

const storage = () => (globalThis as unknown as { window: { localStorage: ReturnType<typeof fakeStorage> } }).window.localStorage;

beforeEach(() => {
  (globalThis as unknown as { window: unknown }).window = { localStorage: fakeStorage() };
});

describe("reopening the autosave", () => {
  it("gives back the design the app saved", async () => {
    const lab = seedLab();
    saveDesign(lab);
    expect(storage().getItem(SEAL_KEY)).not.toBeNull();
    expect(await loadSavedDesign()).toEqual(lab);
  });

  it("runs the schema over a text changed after the app saved it, so a broken edit is refused", async () => {
    saveDesign(seedLab());
    const edited = storage().getItem(STORAGE_KEY)!.replace('"192.168.2.0/24"', '"192.168.2.0/33"');
    storage().setItem(STORAGE_KEY, edited);
    expect(await loadSavedDesign()).toBeNull();
  });

  it("checks a text it did not write once, then trusts that same text", async () => {
    const text = designText(seedLab());
    storage().setItem(STORAGE_KEY, text);
    expect(storage().getItem(SEAL_KEY)).toBeNull();
    expect(await loadSavedDesign()).toEqual(seedLab());
    expect(storage().getItem(SEAL_KEY)).not.toBeNull();
    expect(await loadSavedDesign()).toEqual(seedLab());
  });

  it("does not seal a text the schema had to complete (a default filled in), so it is never taken as it stands", async () => {
    const raw = JSON.parse(designText(seedLab()));
    delete raw.instances["web-a"].userData;
    storage().setItem(STORAGE_KEY, JSON.stringify(raw));
    expect((await loadSavedDesign())?.instances["web-a" as never].userData).toBe("");
    expect(storage().getItem(SEAL_KEY)).toBeNull();
    expect((await loadSavedDesign())?.instances["web-a" as never].userData).toBe("");
  });
});
