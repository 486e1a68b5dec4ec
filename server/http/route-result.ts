import "server-only";
import type { ActionErrorKind, ActionResult, ActionSurface } from "../../lib/actions/result";

/** The HTTP status of an action's failure kind, for the route handlers' JSON API. */
const STATUS: Record<ActionErrorKind, number> = { invalid_input: 400, unauthorized: 403, not_found: 404, unconfirmed: 409, conflict: 409, unavailable: 503, aws_denied: 502, failed: 500 };

/**
 * An `ActionResult` as a JSON response: the same body a server action returns, with a status
 * a script can branch on (`okStatus` on success, 400 for bad input, 403 refused, 404 unknown…).
 */
export function resultResponse<T>(result: ActionResult<T>, okStatus = 200): Response {
  const status = result.ok ? okStatus : (STATUS[result.error.code.split(":")[0] as ActionErrorKind] ?? 500);
  return Response.json(result, { status, headers: { "cache-control": "no-store" } });
}

/**
 * The JSON body of a POST to the API. Refused unless it is `application/json` and, when the
 * browser names an Origin, that Origin is this host: a page on another site can neither post
 * a plain form here nor send JSON without a CORS preflight this app never answers (server
 * actions get the same protection from Next's Origin check). proxy.ts has checked the Host.
 */
export async function readJsonBody(request: Request, surface: ActionSurface): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const refuse = (status: number, message: string) => ({ ok: false as const, response: Response.json({ ok: false, error: { code: `invalid_input:${surface}`, message } }, { status }) });
  const origin = request.headers.get("origin");
  if (origin && hostOf(origin) !== request.headers.get("host")) return refuse(403, `Requests from ${origin} are not accepted: call this API from the app's own host.`);
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) return refuse(415, "Send the request body as JSON (content-type: application/json).");
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return refuse(400, "The request body is not valid JSON.");
  }
}

/** The host of an Origin header; "null" (a sandboxed page) or garbage has none. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
