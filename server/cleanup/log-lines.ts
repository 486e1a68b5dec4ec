import "server-only";
import type { CleanupLogLine } from "../../lib/cleanup/view";
import { liveText, type LiveText } from "../../lib/live/text";
import type { StepEvent } from "../engine/step-events";

/** Step ids read `delete:<kind>:<logicalId>`; the kind names the step in the reader's language. */
function stepOf(stepId: string): { kind?: string; logicalId?: string } {
  const [, kind, ...rest] = stepId.split(":");
  return rest.length > 0 ? { kind, logicalId: rest.join(":") } : {};
}

/** What a blocked delete waits for, by name, or AWS's refusal when nothing more was found. */
export function blockerTexts(event: Extract<StepEvent, { type: "blocked" }>): LiveText[] {
  return event.blockers.length > 0 ? event.blockers.map((b) => b.message) : [liveText("blockedUnnamed", { code: event.code })];
}

/**
 * One log line of the cleanup panel as `live` messages (the English log of the terminal is
 * `logLine`): a blocked step names each blocker after "blocked; retrying in N s".
 *
 * @example cleanupLogLine({ type: "step-started", stepId: "delete:vpc:lab-vpc", logicalId: "lab-vpc", at: 0 }).texts[0].key === "logStarted"
 */
export function cleanupLogLine(event: StepEvent): CleanupLogLine {
  const line = { at: event.at, stepId: event.stepId, ...stepOf(event.stepId) };
  switch (event.type) {
    case "step-started":
      return { ...line, texts: [liveText("logStarted")] };
    case "step-done":
      return { ...line, texts: [liveText(event.result === "already-gone" ? "logAlreadyGone" : "logDone")] };
    case "step-failed":
      return { ...line, texts: [liveText("stepFailed", { code: event.code })] };
    case "blocked":
      return { ...line, texts: [liveText("logBlocked", { code: event.code, seconds: Number((event.retryInMs / 1000).toFixed(1)) }), ...blockerTexts(event)] };
  }
}

/** The line a cleanup that stopped early ends its log with (the code of what stopped it, if AWS gave one). */
export function stoppedLogLine(error: unknown, at: number): CleanupLogLine {
  const code = (error as { code?: unknown }).code;
  return { at, texts: [liveText("logStopped", { code: typeof code === "string" && code ? code : "none" })] };
}
