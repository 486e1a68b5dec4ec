import { NextResponse } from "next/server";

/** Liveness for `vpcd demo` and the browser tests' web server check. */
export function GET() {
  return NextResponse.json({ ok: true, sandbox: process.env.VPCD_SANDBOX_ENDPOINT ?? null });
}
