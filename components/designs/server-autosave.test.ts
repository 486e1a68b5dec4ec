import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "../../lib/actions/result";
import type { Design } from "../../lib/design/schema";
import type { DesignVersionInfo } from "../../lib/designs";
import { seedLab } from "../../lib/templates/seed-lab";
import { createServerAutosave, hashOf } from "./server-autosave";
import { useServerSaveStore, type ServerBinding } from "./save-store";

type Sent = { id: string; baseVersion?: number; design: Design };

/** A server that keeps versions per id and refuses a stale base, like server/designs; `isDown` makes every call fail as a network error. */
function fakeServer() {
  const versions = new Map<string, number>();
  const sent: Sent[] = [];
  const server = {
    sent,
    isDown: false,
    async save(input: Sent): Promise<ActionResult<DesignVersionInfo>> {
      if (server.isDown) throw new TypeError("fetch failed");
      sent.push(input);
      const latest = versions.get(input.id) ?? 0;
      if ((input.baseVersion ?? 0) !== latest) return { ok: false, error: { code: "conflict:design", message: "stale", reason: { key: "staleVersion", params: { latest, base: input.baseVersion ?? 0 } } } };
      versions.set(input.id, latest + 1);
      return { ok: true, data: { id: input.id, version: latest + 1, name: input.design.name, savedAt: 0 } };
    },
    versions,
  };
  return server;
}

describe("the server autosave (team mode)", () => {
  let design: Design;
  let persisted: ServerBinding | null;
  let ids: number;
  const setup = (server: ReturnType<typeof fakeServer>) =>
    createServerAutosave({ owner: "ana@example.com", current: () => design, save: (i) => server.save(i), newId: () => `design-${++ids}`, persist: (b) => (persisted = b), delayMs: 1_000, retryMs: [2_000, 5_000] });
  const edit = (name: string) => (design = { ...design, name });

  beforeEach(() => {
    vi.useFakeTimers();
    design = seedLab();
    persisted = null;
    ids = 0;
    useServerSaveStore.setState({ binding: null, status: "idle", latestVersion: undefined, openedVersion: undefined });
  });
  afterEach(() => vi.useRealTimers());

  it("saves once after a burst of edits, as a new design and then as new versions of it", async () => {
    const server = fakeServer();
    const autosave = setup(server);
    for (const name of ["a", "ab", "abc"]) {
      edit(name);
      autosave.changed();
    }
    expect(useServerSaveStore.getState().status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.sent.map((s) => [s.id, s.baseVersion, s.design.name])).toEqual([["design-1", undefined, "abc"]]);
    edit("abcd");
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.sent.at(-1)).toMatchObject({ id: "design-1", baseVersion: 1 });
    expect(useServerSaveStore.getState()).toMatchObject({ status: "saved", binding: { id: "design-1", version: 2, savedHash: hashOf(design) } });
    expect(persisted).toMatchObject({ id: "design-1", version: 2 });
  });

  it("does not save a document the server already has", async () => {
    const server = fakeServer();
    const autosave = setup(server);
    autosave.bind({ owner: "ana@example.com", id: "design-9", version: 4, savedHash: hashOf(design) });
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.sent).toEqual([]);
    expect(useServerSaveStore.getState().status).toBe("saved");
  });

  it("keeps saying 'this computer only' while the server is down, retries, and saves once it is back", async () => {
    const server = fakeServer();
    server.isDown = true;
    const autosave = setup(server);
    edit("offline edit");
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(useServerSaveStore.getState().status).toBe("local-only");
    await vi.advanceTimersByTimeAsync(2_000);
    expect(useServerSaveStore.getState().status).toBe("local-only");
    server.isDown = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.sent.map((s) => s.design.name)).toEqual(["offline edit"]);
    expect(useServerSaveStore.getState().status).toBe("saved");
  });

  it("stops on a newer version saved elsewhere, saves nothing over it, and can save a copy instead", async () => {
    const server = fakeServer();
    server.versions.set("design-7", 3);
    const autosave = setup(server);
    autosave.bind({ owner: "ana@example.com", id: "design-7", version: 2, savedHash: null });
    edit("my tab");
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(useServerSaveStore.getState()).toMatchObject({ status: "conflict", latestVersion: 3 });
    edit("still my tab");
    autosave.changed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.sent).toHaveLength(1);
    await autosave.saveAsCopy();
    expect(server.sent.at(-1)).toMatchObject({ id: "design-1", design: { name: "still my tab" } });
    expect(server.sent.at(-1)?.baseVersion).toBeUndefined();
    expect(server.versions.get("design-7")).toBe(3);
    expect(useServerSaveStore.getState()).toMatchObject({ status: "saved", binding: { id: "design-1", version: 1 } });
  });

  it("drops the answer for a design that is no longer open and saves the one that is", async () => {
    const server = fakeServer();
    const autosave = setup(server);
    edit("first");
    autosave.changed();
    await vi.advanceTimersByTimeAsync(999);
    const saving = autosave.flush();
    autosave.bind({ owner: "ana@example.com", id: "opened", version: 5, savedHash: null });
    server.versions.set("opened", 5);
    await saving;
    await vi.advanceTimersByTimeAsync(0);
    expect(useServerSaveStore.getState().binding).toMatchObject({ id: "opened", version: 6 });
  });

  it("never saves while an instructor reads a student's design", async () => {
    const server = fakeServer();
    const autosave = setup(server);
    useServerSaveStore.setState({ status: "read-only" });
    edit("instructor's scribble");
    autosave.changed();
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.sent).toEqual([]);
    expect(useServerSaveStore.getState().status).toBe("read-only");
  });
});
