import { NextResponse, type NextRequest } from "next/server";
import { ACCESS_COOKIE, accessPolicy, guardRequest } from "./lib/access";

/**
 * Runs before every page, server action and route handler: refuses a Host that is not the
 * app's own (DNS rebinding) and, when `vpcd demo --host` serves other machines, a request
 * without the access token (lib/access/request-guard.ts says why).
 */
export function proxy(request: NextRequest): NextResponse {
  const env = process.env;
  const policy = accessPolicy(env.VPCD_BIND_HOST ?? "127.0.0.1", env.VPCD_ACCESS_TOKEN || undefined, (env.VPCD_ALLOWED_HOSTS ?? "").split(",").filter(Boolean));
  const verdict = guardRequest(
    {
      host: request.headers.get("host"),
      pathname: request.nextUrl.pathname,
      queryToken: request.nextUrl.searchParams.get("token"),
      cookieToken: request.cookies.get(ACCESS_COOKIE)?.value,
      authorization: request.headers.get("authorization"),
    },
    policy,
  );
  if (verdict.kind === "allow") return NextResponse.next();
  if (verdict.kind === "refuse") return new NextResponse(verdict.message, { status: verdict.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const clean = request.nextUrl.clone();
  clean.searchParams.delete("token");
  const response = NextResponse.redirect(clean);
  response.cookies.set(ACCESS_COOKIE, policy.token ?? "", { httpOnly: true, sameSite: "strict", path: "/" });
  return response;
}

export const config = {
  // Static build assets carry nothing of the student's; everything else is checked.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
