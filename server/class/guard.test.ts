import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePostgres } from "../testing/postgres-harness";
import { closeTeamPool, signUpTwoClasses } from "../testing/team-class";
import { recordOwner } from "./class-store";
import { deployTarget, guardDeployment, guardInstructor, visibleDeployments } from "./guard";
import { remindStudent, rosterFor } from "./instructor";
import { requireViewer } from "../accounts/session";

/**
 * What the server actions ask, end to end: the session cookie a browser sends, better-auth's
 * check of it, the member it belongs to, and the class rule — on a real PostgreSQL in team
 * mode (VPCD_DATABASE_URL), as the app runs it.
 */
describe("the actions' guard in team mode", () => {
  const pgh = usePostgres();
  const saved = { db: process.env.VPCD_DATABASE_URL, sandbox: process.env.VPCD_SANDBOX_ENDPOINT };
  let cookies: Record<string, Headers> = {};
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    process.env.VPCD_DATABASE_URL = await pgh.server.createDatabase();
    process.env.VPCD_SANDBOX_ENDPOINT = "http://127.0.0.1:9";
    const people = await signUpTwoClasses();
    ({ cookies, ids } = people);
    await recordOwner(people.pool, "dep-ana-1", { userId: ids.ana!, classId: people.classIds.morning });
    await recordOwner(people.pool, "dep-ben-1", { userId: ids.ben!, classId: people.classIds.morning });
  });
  afterAll(async () => {
    await closeTeamPool();
    process.env.VPCD_DATABASE_URL = saved.db;
    process.env.VPCD_SANDBOX_ENDPOINT = saved.sandbox;
  });

  it("refuses a request without a session, and one with a forged cookie", async () => {
    await expect(guardDeployment(new Headers(), "dep-ana-1")).rejects.toThrow("Sign in to your class first.");
    await expect(guardDeployment(new Headers({ cookie: "better-auth.session_token=forged.value" }), "dep-ana-1")).rejects.toThrow("Sign in");
  });

  it("lets a student act on their own deployment only, and the instructor on their class's", async () => {
    await expect(guardDeployment(cookies.ana!, "dep-ana-1")).resolves.toBeUndefined();
    await expect(guardDeployment(cookies.ana!, "dep-ben-1")).rejects.toThrow("is not yours.");
    await expect(guardDeployment(cookies.teacher!, "dep-ben-1")).resolves.toBeUndefined();
    await expect(guardDeployment(cookies.other!, "dep-ben-1")).rejects.toThrow("is not yours or a student's in your class.");
    expect([...(await visibleDeployments(cookies.ana!))!]).toEqual(["dep-ana-1"]);
    expect([...(await visibleDeployments(cookies.teacher!))!].sort()).toEqual(["dep-ana-1", "dep-ben-1"]);
    expect([...(await visibleDeployments(cookies.other!))!]).toEqual([]);
  });

  it("sends a student's deploy to their own sandbox account, and refuses the instructor's and real AWS without configured credentials", async () => {
    const { target, owner } = await deployTarget(cookies.ana!, "sandbox", "ap-northeast-2");
    expect(target).toMatchObject({ kind: "sandbox", endpoint: "http://127.0.0.1:9", accountId: expect.stringMatching(/^\d{12}$/) });
    expect(owner?.userId).toBe(ids.ana);
    expect((await deployTarget(cookies.ben!, "sandbox", "ap-northeast-2")).target.accountId).not.toBe(target.accountId);
    await expect(deployTarget(cookies.teacher!, "sandbox", "ap-northeast-2")).rejects.toThrow("Only a student of the class");
    await expect(deployTarget(cookies.ana!, "aws", "ap-northeast-2")).rejects.toThrow("No AWS credentials are configured for you on this server");
  });

  it("keeps the roster, the sweep and reminders to the class's instructor", async () => {
    await expect(guardInstructor(cookies.ana!)).rejects.toThrow("Only the class's instructor");
    await expect(guardInstructor(cookies.teacher!)).resolves.toBeUndefined();
    await expect(rosterFor(await requireViewer(cookies.ana!))).rejects.toThrow("Only the class's instructor");
    const roster = await rosterFor(await requireViewer(cookies.teacher!));
    expect(roster.students.map((s) => s.name)).toEqual(["ana", "ben"]);
    await expect(remindStudent(await requireViewer(cookies.other!), { studentId: ids.ana!, message: "hi" })).rejects.toThrow("not in your class");
    await expect(remindStudent(await requireViewer(cookies.teacher!), { studentId: ids.ana!, deploymentId: "dep-ben-1", message: "hi" })).rejects.toThrow("not that student's");
    await expect(remindStudent(await requireViewer(cookies.teacher!), { studentId: ids.ana!, deploymentId: "dep-ana-1", message: "hi" })).resolves.toMatchObject({ reminderId: expect.any(Number) });
  });
});

describe("the actions' guard in the embedded mode", () => {
  it("asks nothing: no database URL, no accounts, every deployment visible, the sandbox as before", async () => {
    const saved = process.env.VPCD_DATABASE_URL;
    delete process.env.VPCD_DATABASE_URL;
    try {
      await expect(guardDeployment(new Headers(), "dep-any-1")).resolves.toBeUndefined();
      await expect(guardInstructor(new Headers())).resolves.toBeUndefined();
      expect(await visibleDeployments(new Headers())).toBeUndefined();
      expect((await deployTarget(new Headers(), "sandbox", "ap-northeast-2")).target).not.toHaveProperty("accountId");
    } finally {
      if (saved !== undefined) process.env.VPCD_DATABASE_URL = saved;
    }
  });
});
