import "server-only";
import { StepError } from "../aws/errors";
import { memberOf, type Member } from "../class/class-store";
import { sharedAuth, teamPool } from "./instance";

/**
 * Who sent a request: the signed-in account's class membership, read from the session cookie
 * in `headers` (better-auth checks the signature and the session row). Undefined when signed
 * out, the session expired, or the account is in no class.
 */
export async function viewerOf(headers: Headers): Promise<Member | undefined> {
  const auth = await sharedAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  return memberOf(await teamPool(), session.user.id);
}

/** The signed-in member, or the clear refusal `SignedOut`. */
export async function requireViewer(headers: Headers): Promise<Member> {
  const viewer = await viewerOf(headers);
  if (!viewer) throw new StepError("SignedOut", "Sign in to your class first.");
  return viewer;
}
