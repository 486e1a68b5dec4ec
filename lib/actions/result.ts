import type { z } from "zod";

/**
 * What went wrong, in the words the browser may act on (`invalid_input` → show the issues,
 * `unavailable` → start the sandbox, `aws_denied` → check credentials, `unauthorized` → sign in,
 * or it is not yours: team mode; `conflict` → someone saved a newer version meanwhile).
 */
export type ActionErrorKind = "invalid_input" | "not_found" | "unavailable" | "aws_denied" | "unconfirmed" | "failed" | "unauthorized" | "conflict";

/** Which action failed: one surface per action family, so a code alone says where. */
export type ActionSurface = "design" | "preflight" | "deploy" | "resume" | "stop" | "list" | "status" | "cleanup" | "timer" | "alb_test" | "console" | "sweep" | "import" | "adopt" | "account" | "class";

/** Every error code an action returns: `${kind}:${surface}`, e.g. `aws_denied:deploy`. */
export type ActionErrorCode = `${ActionErrorKind}:${ActionSurface}`;

export type ActionIssue = { path: string; message: string };

/** A refusal the browser can say in the reader's language: a catalogue key and its parameters. */
export type ActionReason = { key: string; params: Record<string, string | number> };

/**
 * An action's refusal or failure: a typed code, a message (English, as the server or AWS wrote
 * it), (for bad input) the issues by field, (for a refused confirmation) the reason, and the
 * engine's or AWS's own error code (`DeploymentRunning`), which the browser words in the
 * reader's language where the catalogue has it (`deploy.actionError.<cause>`).
 */
export type ActionFailure = { ok: false; error: { code: ActionErrorCode; message: string; issues?: ActionIssue[]; reason?: ActionReason; cause?: string } };

/** What every server action returns: data, or an `ActionFailure`. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** zod issues as `{ path, message }` for an ActionResult. */
export function issuesOf(error: z.ZodError): ActionIssue[] {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

/**
 * The result for input that failed its schema: `invalid_input:<surface>`, with each field's
 * problem, so the caller can name the field and what is allowed.
 *
 * @example invalidInput("cleanup", error).error.code === "invalid_input:cleanup"
 */
export function invalidInput(surface: ActionSurface, error: z.ZodError, message = "The request is not valid."): ActionFailure {
  return { ok: false, error: { code: `invalid_input:${surface}`, message, issues: issuesOf(error) } };
}
