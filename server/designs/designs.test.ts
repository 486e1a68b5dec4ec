import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { requireViewer } from "../accounts/session";
import { asAction } from "../actions/run-action";
import type { Member } from "../class/class-store";
import { usePostgres } from "../testing/postgres-harness";
import { closeTeamPool, signUpTwoClasses } from "../testing/team-class";
import { designHistoryFor, listDesignsFor, openDesignFor, saveDesignFor } from "./designs";

/**
 * Designs saved on the server, through the functions the server actions call, with viewers
 * read from real session cookies (better-auth on a real PostgreSQL, team mode): each student
 * reaches only their own designs, their instructor reads them, and a save based on an older
 * version is refused instead of overwriting the newer one.
 */
describe("designs saved on the server in team mode", () => {
  const pgh = usePostgres();
  const saved = process.env.VPCD_DATABASE_URL;
  const viewers: Record<string, Member> = {};
  const lab = seedLab();

  beforeAll(async () => {
    process.env.VPCD_DATABASE_URL = await pgh.server.createDatabase();
    const { cookies } = await signUpTwoClasses();
    for (const [name, cookie] of Object.entries(cookies)) viewers[name] = await requireViewer(cookie);
  });
  afterAll(async () => {
    await closeTeamPool();
    process.env.VPCD_DATABASE_URL = saved;
  });

  it("saves each edit as a new version that the owner lists, opens and sees in the history", async () => {
    const first = await saveDesignFor(viewers.ana!, { id: "ana-design-1", design: lab }, 1_000);
    expect(first).toEqual({ id: "ana-design-1", version: 1, name: lab.name, savedAt: 1_000 });
    const renamed = { ...lab, name: "Ana's lab" };
    expect((await saveDesignFor(viewers.ana!, { id: "ana-design-1", baseVersion: 1, design: renamed }, 2_000)).version).toBe(2);
    await saveDesignFor(viewers.ana!, { id: "ana-design-2", design: { ...lab, name: "Second try" } }, 1_500);

    expect((await listDesignsFor(viewers.ana!)).map((d) => [d.id, d.version, d.name])).toEqual([["ana-design-1", 2, "Ana's lab"], ["ana-design-2", 1, "Second try"]]);
    const newest = await openDesignFor(viewers.ana!, { id: "ana-design-1" });
    expect(newest).toMatchObject({ version: 2, latestVersion: 2, isReadOnly: false, name: "Ana's lab" });
    expect(newest.design).toEqual(renamed);
    const older = await openDesignFor(viewers.ana!, { id: "ana-design-1", version: 1 });
    expect(older).toMatchObject({ version: 1, latestVersion: 2, name: lab.name });
    expect(older.design).toEqual(lab);
    expect((await designHistoryFor(viewers.ana!, { id: "ana-design-1" })).map((v) => [v.version, v.savedAt])).toEqual([[2, 2_000], [1, 1_000]]);
    await expect(openDesignFor(viewers.ana!, { id: "ana-design-1", version: 7 })).rejects.toThrow("has no version 7; its newest is 2");
  });

  it("refuses a save based on an older version (another tab saved meanwhile), naming the newer one", async () => {
    await saveDesignFor(viewers.ana!, { id: "ana-tabs", design: lab });
    await saveDesignFor(viewers.ana!, { id: "ana-tabs", baseVersion: 1, design: { ...lab, name: "Tab one" } });
    const stale = await asAction("design", () => saveDesignFor(viewers.ana!, { id: "ana-tabs", baseVersion: 1, design: { ...lab, name: "Tab two" } }));
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict:design", reason: { key: "staleVersion", params: { latest: 2, base: 1 } } } });
    expect((await openDesignFor(viewers.ana!, { id: "ana-tabs" })).name).toBe("Tab one");
    // A first save (no base version) on an id that already has versions is just as stale.
    await expect(saveDesignFor(viewers.ana!, { id: "ana-tabs", design: lab })).rejects.toThrow("version 2); this edit started from version 0");
    expect((await saveDesignFor(viewers.ana!, { id: "ana-tabs", baseVersion: 2, design: lab })).version).toBe(3);
  });

  it("keeps one student's designs from another: no list, open, history or overwrite", async () => {
    await saveDesignFor(viewers.ana!, { id: "ana-private", design: lab });
    expect((await listDesignsFor(viewers.ben!)).map((d) => d.id)).not.toContain("ana-private");
    await expect(openDesignFor(viewers.ben!, { id: "ana-private" })).rejects.toThrow("Design ana-private is not yours.");
    await expect(designHistoryFor(viewers.ben!, { id: "ana-private" })).rejects.toThrow("is not yours.");
    // The same words for an id nobody saved: ids cannot be probed.
    await expect(openDesignFor(viewers.ben!, { id: "no-such-design" })).rejects.toThrow("Design no-such-design is not yours.");
    const overwrite = await asAction("design", () => saveDesignFor(viewers.ben!, { id: "ana-private", baseVersion: 1, design: { ...lab, name: "Ben was here" } }));
    expect(overwrite).toMatchObject({ ok: false, error: { code: "unauthorized:design", message: "Design ana-private is not yours." } });
    expect((await openDesignFor(viewers.ana!, { id: "ana-private" })).name).toBe(lab.name);
  });

  it("lets the instructor read their class's students' designs, never save over them, and no other class's", async () => {
    await saveDesignFor(viewers.ben!, { id: "ben-design", design: { ...lab, name: "Ben's lab" } });
    const listed = await listDesignsFor(viewers.teacher!);
    expect(listed.find((d) => d.id === "ben-design")).toMatchObject({ ownerId: viewers.ben!.userId, ownerName: "ben", name: "Ben's lab" });
    expect(listed.filter((d) => d.ownerName === "ana").length).toBeGreaterThan(0);
    expect(await openDesignFor(viewers.teacher!, { id: "ben-design" })).toMatchObject({ isReadOnly: true, ownerName: "ben", name: "Ben's lab" });
    expect(await designHistoryFor(viewers.teacher!, { id: "ben-design" })).toHaveLength(1);
    await expect(saveDesignFor(viewers.teacher!, { id: "ben-design", baseVersion: 1, design: lab })).rejects.toThrow("is not yours or a student's in your class.");
    expect(await listDesignsFor(viewers.other!)).toEqual([]);
    await expect(openDesignFor(viewers.other!, { id: "ben-design" })).rejects.toThrow("is not yours or a student's in your class.");
  });
});
