import "server-only";
import type { ActionErrorKind, ActionResult, ActionSurface } from "../../lib/actions/result";
import { migrate } from "../../lib/design/migrate";
import type { Design } from "../../lib/design/schema";
import { errorCode, StepError } from "../aws/errors";
import { sharedJournal } from "../engine/journal-instance";
import type { DeploymentRow } from "../journal";

/** AWS and engine error codes that mean something to the browser; everything else is `failed`. */
const KNOWN: Record<string, ActionErrorKind> = {
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
  ConfirmationRefused: "unconfirmed",
  // Team mode (server/class/guard.ts, server/accounts).
  Unauthorized: "unauthorized",
  SignedOut: "unauthorized",
  SignInRefused: "unauthorized",
  UnknownInvite: "invalid_input",
  SignUpRefused: "invalid_input",
  NotTeamMode: "unavailable",
  NoAwsCredentials: "unauthorized",
  // Designs saved on the server (server/designs): another tab or browser saved a newer version.
  StaleVersion: "conflict",
};

/**
 * Runs the work of one server action and turns a thrown error into `{ ok: false, error }`
 * with a typed `kind:surface` code (`aws_denied:deploy`), never a stack trace to the browser.
 */
export async function asAction<T>(surface: ActionSurface, work: () => Promise<T> | T): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const code = errorCode(error);
    const refusal = (error as { refusal?: { key: string; params: Record<string, string | number> } }).refusal;
    const reason = refusal ? { reason: { key: refusal.key, params: refusal.params } } : {};
    return { ok: false, error: { code: `${Object.hasOwn(KNOWN, code) ? KNOWN[code] : "failed"}:${surface}`, message: (error as Error).message || code, ...reason, ...(code ? { cause: code } : {}) } };
  }
}

/** Loads a design sent by the browser through `migrate()`; an invalid one is an action error. */
export function loadSentDesign(raw: unknown): { ok: true; design: Design } | { ok: false; result: ActionResult<never> } {
  const loaded = migrate(raw);
  if (loaded.ok) return loaded;
  return { ok: false, result: { ok: false, error: { code: "invalid_input:design", message: "The design is not valid.", issues: loaded.issues } } };
}

/** The recorded deployment an action names, from the app's shared journal; an unknown id is `not_found`. */
export function deploymentRow(id: string): DeploymentRow {
  const row = sharedJournal().getDeployment(id);
  if (!row) throw new StepError("NotFound", `No deployment ${id}.`);
  return row;
}
