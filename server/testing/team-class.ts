import "server-only";
import type pg from "pg";
import type { ClassRole } from "../../lib/class";
import { makeAuth } from "../accounts/auth";
import { authSecret, teamPool } from "../accounts/instance";
import { createClass, joinClass } from "../class/class-store";

export type TwoClasses = { classIds: { morning: string; evening: string }; ids: Record<string, string>; cookies: Record<string, Headers> };

/**
 * Team-mode tests' people, signed up and signed in through better-auth on the team pool (the
 * session cookie a browser would send, in `cookies`): class "Morning" with instructor
 * `teacher` and students `ana` and `ben`, class "Evening" with instructor `other`.
 */
export async function signUpTwoClasses(): Promise<TwoClasses & { pool: pg.Pool }> {
  const pool = await teamPool();
  const auth = makeAuth({ pool, secret: await authSecret(pool) });
  const [one, two] = [await createClass(pool, "Morning"), await createClass(pool, "Evening")];
  const people: ReadonlyArray<readonly [string, string, ClassRole]> = [["teacher", one.id, "instructor"], ["ana", one.id, "student"], ["ben", one.id, "student"], ["other", two.id, "instructor"]];
  const ids: Record<string, string> = {};
  const cookies: Record<string, Headers> = {};
  for (const [name, classId, role] of people) {
    const email = `${name}@example.com`;
    const { user } = await auth.api.signUpEmail({ body: { name, email, password: "correct-horse" } });
    await joinClass(pool, user.id, classId, role);
    ids[name] = user.id;
    const signedIn = await auth.api.signInEmail({ body: { email, password: "correct-horse" }, returnHeaders: true });
    cookies[name] = new Headers({ cookie: signedIn.headers.get("set-cookie")!.split(";")[0]! });
  }
  return { pool, classIds: { morning: one.id, evening: two.id }, ids, cookies };
}

/** Ends the team pool and forgets the process's shared pool and auth, so the next test file starts clean. */
export async function closeTeamPool(): Promise<void> {
  await (await teamPool()).end();
  (globalThis as { __vpcdPostgres?: Map<string, unknown> }).__vpcdPostgres?.clear();
  (globalThis as { __vpcdAuth?: unknown }).__vpcdAuth = undefined;
}
