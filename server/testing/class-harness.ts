import "server-only";
import { makeAuth } from "../accounts/auth";
import { authSecret, teamPool } from "../accounts/instance";
import { createClass, joinClass, sandboxAccountOf, type ClassRow } from "../class/class-store";

export type SignedInClass = {
  classRow: ClassRow;
  /** The session cookie each person's browser would send, by name. */
  cookies: Record<string, Headers>;
  /** Each student's sandbox account id, by name. */
  accounts: Record<string, string>;
};

/**
 * A class on the team database (`VPCD_DATABASE_URL` must be set): each person signs up with
 * `<name in lower case>@example.com`, joins with their role and signs in; their cookie is what
 * the guard reads, as from a browser.
 */
export async function signedInClass(className: string, people: ReadonlyArray<readonly [name: string, role: "instructor" | "student"]>): Promise<SignedInClass> {
  const pool = await teamPool();
  const auth = makeAuth({ pool, secret: await authSecret(pool) });
  const classRow = await createClass(pool, className);
  const cookies: Record<string, Headers> = {};
  const accounts: Record<string, string> = {};
  for (const [name, role] of people) {
    const email = `${name.toLowerCase()}@example.com`;
    const { user } = await auth.api.signUpEmail({ body: { name, email, password: "correct-horse" } });
    await joinClass(pool, user.id, classRow.id, role);
    const signedIn = await auth.api.signInEmail({ body: { email, password: "correct-horse" }, returnHeaders: true });
    cookies[name] = new Headers({ cookie: signedIn.headers.get("set-cookie")!.split(";")[0]! });
    const account = await sandboxAccountOf(pool, user.id);
    if (account) accounts[name] = account;
  }
  return { classRow, cookies, accounts };
}

/** Ends the team pool and forgets the process's shared pool and auth, so the next file starts clean. */
export async function closeTeam(): Promise<void> {
  await (await teamPool()).end();
  (globalThis as { __vpcdPostgres?: Map<string, unknown> }).__vpcdPostgres?.clear();
  (globalThis as { __vpcdAuth?: unknown }).__vpcdAuth = undefined;
}

/** Sets environment variables for a test file and returns how to put them back. */
export function setEnv(values: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
