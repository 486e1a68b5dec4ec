import "server-only";
import type { SignUpInput } from "../../lib/class";
import { StepError } from "../aws/errors";
import { findInvite, joinClass, type Member } from "../class/class-store";
import type pg from "pg";
import type { Auth } from "./auth";
import { sharedAuth, teamPool } from "./instance";

/**
 * Creates an account with an invite code and puts it in that code's class, as a student or
 * (with the instructor code) as an instructor; the response headers carry the session cookie
 * (better-auth's nextCookies sets it inside a server action). An unknown code is refused
 * before any account exists.
 */
export async function signUpWithInvite(input: SignUpInput, headers: Headers): Promise<Member> {
  return signUpMember({ pool: await teamPool(), auth: await sharedAuth() }, input, headers);
}

/**
 * The sign-up itself, on a given pool and better-auth instance. All or nothing: better-auth
 * creates the user (with its password and session) in its own statements, then the membership
 * and the student's sandbox account row go in one transaction; if that fails (the class was
 * deleted meanwhile, a constraint, the database went away) the user is deleted again (its
 * session and password go with it, ON DELETE CASCADE), so no account is left that can sign in
 * but belongs to no class. A duplicate email is refused by better-auth before anything exists.
 */
export async function signUpMember(deps: { pool: pg.Pool; auth: Auth }, input: SignUpInput, headers: Headers): Promise<Member> {
  const { pool, auth } = deps;
  const invite = await findInvite(pool, input.inviteCode);
  if (!invite) throw new StepError("UnknownInvite", `No class has the invite code ${input.inviteCode}: ask your instructor for the code.`);
  let userId: string;
  try {
    const created = await auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers });
    userId = created.user.id;
  } catch (error) {
    throw new StepError("SignUpRefused", (error as Error).message || "The account could not be created.");
  }
  try {
    await inTransaction(pool, (client) => joinClass(client, userId, invite.classRow.id, invite.role));
  } catch (error) {
    await pool.query(`DELETE FROM "auth_user" WHERE id = $1`, [userId]);
    throw new StepError("SignUpFailed", `The account could not be added to ${invite.classRow.name}, so it was not kept; try again (${(error as Error).message}).`);
  }
  return { userId, classId: invite.classRow.id, role: invite.role, name: input.name, email: input.email };
}

/** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Signs in with email and password; the session cookie goes out with the action's response. */
export async function signInWithPassword(input: { email: string; password: string }, headers: Headers): Promise<void> {
  const auth = await sharedAuth();
  try {
    await auth.api.signInEmail({ body: input, headers });
  } catch {
    // One message for a wrong password and an unknown email: no probing for accounts.
    throw new StepError("SignInRefused", "The email or password is not right.");
  }
}

/** Ends the session (its row is deleted, the cookie cleared). */
export async function signOut(headers: Headers): Promise<void> {
  const auth = await sharedAuth();
  await auth.api.signOut({ headers });
}
