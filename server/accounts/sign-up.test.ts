import type pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../store/postgres/database";
import { usePostgres } from "../testing/postgres-harness";
import { createClass } from "../class/class-store";
import { makeAuth } from "./auth";
import { signUpMember } from "./sign-up";

/** Sign-up with an invite code is all or nothing: never a user who can sign in but is in no class. */
describe("signing up with an invite code", () => {
  const pgh = usePostgres();
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  async function setup() {
    const pool = await openPostgres(await pgh.server.createDatabase(), { max: 6 });
    pools.push(pool);
    const auth = makeAuth({ pool, secret: "a-test-secret-that-is-long-enough-0123456789" });
    const cls = await createClass(pool, "Cloud 101");
    const count = async () => {
      const one = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
      return {
        users: await one(`SELECT count(*) AS n FROM "auth_user"`),
        passwords: await one(`SELECT count(*) AS n FROM "auth_account"`),
        sessions: await one(`SELECT count(*) AS n FROM "auth_session"`),
        members: await one("SELECT count(*) AS n FROM class_members"),
        sandboxAccounts: await one("SELECT count(*) AS n FROM student_credentials"),
      };
    };
    const signUp = (email: string) => signUpMember({ pool, auth }, { name: "Ana", email, password: "correct-horse", inviteCode: cls.studentCode }, new Headers());
    return { pool, cls, count, signUp };
  }

  it("leaves no half-made account when the class membership fails after the user was created, and the same email can sign up afterwards", async () => {
    const { pool, count, signUp } = await setup();
    // The sandbox account row, the last write, fails: the membership before it is rolled back and the user deleted.
    await pool.query(`CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await pool.query("CREATE TRIGGER refuse BEFORE INSERT ON student_credentials FOR EACH ROW EXECUTE FUNCTION refuse()");
    await expect(signUp("ana@example.com")).rejects.toThrow("could not be added to Cloud 101, so it was not kept; try again (disk full)");
    expect(await count()).toEqual({ users: 0, passwords: 0, sessions: 0, members: 0, sandboxAccounts: 0 });

    await pool.query("DROP TRIGGER refuse ON student_credentials");
    await expect(signUp("ana@example.com")).resolves.toMatchObject({ role: "student", email: "ana@example.com" });
    expect(await count()).toEqual({ users: 1, passwords: 1, sessions: 1, members: 1, sandboxAccounts: 1 });
  });

  it("admits one of two sign-ups with the same email at once, and refuses a later duplicate, without a second user or membership", async () => {
    const { count, signUp } = await setup();
    const results = await Promise.allSettled([signUp("ben@example.com"), signUp("ben@example.com")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    await expect(signUp("ben@example.com")).rejects.toMatchObject({ code: "SignUpRefused" });
    expect(await count()).toEqual({ users: 1, passwords: 1, sessions: 1, members: 1, sandboxAccounts: 1 });
  });

  it("refuses an unknown code before any account exists", async () => {
    const { pool, count } = await setup();
    const auth = makeAuth({ pool, secret: "a-test-secret-that-is-long-enough-0123456789" });
    const refused = signUpMember({ pool, auth }, { name: "Cy", email: "cy@example.com", password: "correct-horse", inviteCode: "0000-0000" }, new Headers());
    await expect(refused).rejects.toThrow("No class has the invite code 0000-0000");
    expect((await count()).users).toBe(0);
  });
});
