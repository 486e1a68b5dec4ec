import type pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../store/postgres/database";
import { usePostgres } from "../testing/postgres-harness";
import { makeAuth } from "../accounts/auth";
import { deploymentAccess, requireDeploymentAccess } from "./authorize";
import { createClass, deploymentIdsOf, dismissReminder, findInvite, joinClass, listClasses, memberOf, recordOwner, sandboxAccountOf, sendReminder, studentsOf, unreadReminders, type Member } from "./class-store";

describe("classes, members and their deployments on PostgreSQL", () => {
  const pgh = usePostgres();
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  /** A migrated database with better-auth on it, and a way to make a member of a class. */
  async function setup() {
    const pool = await openPostgres(await pgh.server.createDatabase(), { max: 4 });
    pools.push(pool);
    const auth = makeAuth({ pool, secret: "a-test-secret-that-is-long-enough-0123456789" });
    const member = async (classId: string, role: "instructor" | "student", name: string): Promise<Member> => {
      const { user } = await auth.api.signUpEmail({ body: { name, email: `${name.toLowerCase()}@example.com`, password: "correct-horse" } });
      await joinClass(pool, user.id, classId, role);
      return (await memberOf(pool, user.id))!;
    };
    return { pool, auth, member };
  }

  it("admits a student with the student code and an instructor with the instructor code, and nobody with another", async () => {
    const { pool } = await setup();
    const cls = await createClass(pool, "Cloud 101");
    expect(cls.studentCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(cls.studentCode).not.toBe(cls.instructorCode);
    expect((await findInvite(pool, cls.studentCode))?.role).toBe("student");
    expect((await findInvite(pool, cls.instructorCode))).toMatchObject({ role: "instructor", classRow: { id: cls.id, name: "Cloud 101" } });
    expect(await findInvite(pool, "0000-0000")).toBeUndefined();
    expect((await listClasses(pool)).map((c) => c.name)).toEqual(["Cloud 101"]);
  });

  it("gives every student their own 12-digit sandbox account and the instructor none", async () => {
    const { pool, member } = await setup();
    const cls = await createClass(pool, "Cloud 101");
    const teacher = await member(cls.id, "instructor", "Teacher");
    const [ana, ben] = [await member(cls.id, "student", "Ana"), await member(cls.id, "student", "Ben")];
    const [a, b] = [await sandboxAccountOf(pool, ana.userId), await sandboxAccountOf(pool, ben.userId)];
    expect(a).toMatch(/^\d{12}$/);
    expect(b).toMatch(/^\d{12}$/);
    expect(a).not.toBe(b);
    expect(await sandboxAccountOf(pool, teacher.userId)).toBeUndefined();
    expect((await studentsOf(pool, cls.id)).map((s) => s.name)).toEqual(["Ana", "Ben"]);
  });

  it("lets a student reach only their own deployments, and the instructor only their own class's", async () => {
    const { pool, member } = await setup();
    const [one, two] = [await createClass(pool, "Morning"), await createClass(pool, "Evening")];
    const teacher = await member(one.id, "instructor", "Teacher");
    const otherTeacher = await member(two.id, "instructor", "Other");
    const [ana, ben] = [await member(one.id, "student", "Ana"), await member(one.id, "student", "Ben")];
    await recordOwner(pool, "dep-a-1", ana);
    await recordOwner(pool, "dep-b-1", ben);
    expect(await deploymentAccess(pool, ana, "dep-a-1")).toBe("owner");
    expect(await deploymentAccess(pool, ana, "dep-b-1")).toBeUndefined();
    expect(await deploymentAccess(pool, teacher, "dep-b-1")).toBe("instructor");
    expect(await deploymentAccess(pool, otherTeacher, "dep-b-1")).toBeUndefined();
    // An id nobody owns reads exactly like another student's: no probing.
    await expect(requireDeploymentAccess(pool, ana, "dep-b-1")).rejects.toThrow("Deployment dep-b-1 is not yours.");
    await expect(requireDeploymentAccess(pool, ana, "dep-x-0")).rejects.toThrow("Deployment dep-x-0 is not yours.");
    expect(await deploymentIdsOf(pool, { userId: ana.userId })).toEqual([{ deploymentId: "dep-a-1", userId: ana.userId }]);
    expect((await deploymentIdsOf(pool, { classId: one.id })).map((d) => d.deploymentId).sort()).toEqual(["dep-a-1", "dep-b-1"]);
    expect(await deploymentIdsOf(pool, { classId: two.id })).toEqual([]);
  });

  it("keeps a reminder until its student dismisses it; nobody else can", async () => {
    const { pool, member } = await setup();
    const cls = await createClass(pool, "Cloud 101");
    const teacher = await member(cls.id, "instructor", "Teacher");
    const [ana, ben] = [await member(cls.id, "student", "Ana"), await member(cls.id, "student", "Ben")];
    const id = await sendReminder(pool, { classId: cls.id, fromUserId: teacher.userId, toUserId: ana.userId, deploymentId: "dep-a-1", message: "Your NAT gateway is still running" }, 1000);
    expect(await unreadReminders(pool, ana.userId)).toEqual([{ id, fromName: "Teacher", deploymentId: "dep-a-1", message: "Your NAT gateway is still running", sentAt: 1000 }]);
    expect(await unreadReminders(pool, ben.userId)).toEqual([]);
    expect(await dismissReminder(pool, ben.userId, id)).toBe(false);
    expect(await dismissReminder(pool, ana.userId, id)).toBe(true);
    expect(await unreadReminders(pool, ana.userId)).toEqual([]);
  });

  it("signs in with the right password only, and a session reads back as the member", async () => {
    const { pool, auth, member } = await setup();
    const cls = await createClass(pool, "Cloud 101");
    const ana = await member(cls.id, "student", "Ana");
    await expect(auth.api.signInEmail({ body: { email: "ana@example.com", password: "wrong-horse" } })).rejects.toThrow();
    const signedIn = await auth.api.signInEmail({ body: { email: "ana@example.com", password: "correct-horse" }, returnHeaders: true });
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.id).toBe(ana.userId);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: `${cookie}x` }) })).toBeNull();
    // Passwords are stored hashed, never as typed.
    const { rows } = await pool.query(`SELECT password FROM "auth_account" WHERE "userId" = $1`, [ana.userId]);
    expect(rows[0].password).not.toContain("correct-horse");
  });
});
