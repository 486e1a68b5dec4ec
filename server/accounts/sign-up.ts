import "server-only";
import type { SignUpInput } from "../../lib/class";
import { StepError } from "../aws/errors";
import { findInvite, joinClass, type Member } from "../class/class-store";
import { sharedAuth, teamPool } from "./instance";

/**
 * Creates an account with an invite code and puts it in that code's class, as a student or
 * (with the instructor code) as an instructor; the response headers carry the session cookie
 * (better-auth's nextCookies sets it inside a server action). An unknown code is refused
 * before any account exists.
 */
export async function signUpWithInvite(input: SignUpInput, headers: Headers): Promise<Member> {
  const pool = await teamPool();
  const invite = await findInvite(pool, input.inviteCode);
  if (!invite) throw new StepError("UnknownInvite", `No class has the invite code ${input.inviteCode}: ask your instructor for the code.`);
  const auth = await sharedAuth();
  let userId: string;
  try {
    const created = await auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers });
    userId = created.user.id;
  } catch (error) {
    throw new StepError("SignUpRefused", (error as Error).message || "The account could not be created.");
  }
  await joinClass(pool, userId, invite.classRow.id, invite.role);
  return { userId, classId: invite.classRow.id, role: invite.role, name: input.name, email: input.email };
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
