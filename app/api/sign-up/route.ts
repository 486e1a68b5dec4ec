import { invalidInput } from "../../../lib/actions/result";
import { SignUpInputSchema } from "../../../lib/class";
import { signUpWithInvite } from "../../../server/accounts/sign-up";
import { asAction } from "../../../server/actions/run-action";
import { readJsonBody, resultResponse } from "../../../server/http/route-result";

/**
 * Team mode, for scripts: creates an account with a class's invite code, as the sign-up page
 * does (`signUpAction`), and answers with the session cookie (better-auth's nextCookies sets it
 * here as in a server action). POST `{ name, email, password, inviteCode }`.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request, "account");
  if (!read.ok) return read.response;
  const parsed = SignUpInputSchema.safeParse(read.body);
  if (!parsed.success) return resultResponse(invalidInput("account", parsed.error));
  return resultResponse(await asAction("account", async () => ({ role: (await signUpWithInvite(parsed.data, request.headers)).role })), 201);
}
