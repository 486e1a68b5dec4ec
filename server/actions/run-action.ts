import "server-only";
import type { ActionResult } from "../../lib/deploy/actions";
import { migrate } from "../../lib/design/migrate";
import type { Design } from "../../lib/design/schema";
import { errorCode } from "../aws/errors";

const KNOWN: Record<string, string> = {
  DesignHasErrors: "invalid_input",
  PlanError: "invalid_input",
  SandboxNotRunning: "unavailable",
  NotFound: "not_found",
  CredentialsProviderError: "aws_denied",
  UnauthorizedOperation: "aws_denied",
  AccessDenied: "aws_denied",
  WrongAccount: "aws_denied",
  ExpiredToken: "aws_denied",
  RequestExpired: "aws_denied",
};

/**
 * Runs the work of one server action and turns a thrown error into `{ ok: false, error }`
 * with a `kind:surface` code (`aws_denied:deploy`), never a stack trace to the browser.
 */
export async function asAction<T>(surface: string, work: () => Promise<T> | T): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, error: { code: `${KNOWN[code] ?? "failed"}:${surface}`, message: (error as Error).message || code } };
  }
}

/** Loads a design sent by the browser through `migrate()`; an invalid one is an action error. */
export function loadSentDesign(raw: unknown): { ok: true; design: Design } | { ok: false; result: ActionResult<never> } {
  const loaded = migrate(raw);
  if (loaded.ok) return loaded;
  return { ok: false, result: { ok: false, error: { code: "invalid_input:design", message: "The design is not valid.", issues: loaded.issues } } };
}
