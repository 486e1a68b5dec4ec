import "server-only";
import type { Blocker } from "../aws/inventory/blockers";

/** What a walk of a destroy plan reports while it runs: the checklist and the log are built from these. */
export type StepEvent =
  | { type: "step-started"; stepId: string; logicalId: string; at: number }
  | { type: "blocked"; stepId: string; logicalId: string; code: string; message: string; blockers: Blocker[]; retryInMs: number; at: number }
  | { type: "step-done"; stepId: string; logicalId: string; result: string; at: number }
  | { type: "step-failed"; stepId: string; logicalId: string; code: string; message: string; at: number };

export type StepListener = (event: StepEvent) => void;

/** One log line for people, e.g. `delete:subnet:public-a blocked (DependencyViolation): instance i-1 (web-a) is shutting-down; retrying in 5 s`. */
export function logLine(event: StepEvent): string {
  switch (event.type) {
    case "step-started":
      return `${event.stepId} started`;
    case "step-done":
      return `${event.stepId} ${event.result === "already-gone" ? "already gone (counts as deleted)" : "done"}`;
    case "step-failed":
      return `${event.stepId} failed (${event.code}): ${event.message}`;
    case "blocked": {
      const names = event.blockers.length > 0 ? event.blockers.map((b) => b.text).join("; ") : `AWS says: ${event.message}`;
      return `${event.stepId} blocked (${event.code}): ${names}; retrying in ${(event.retryInMs / 1000).toFixed(1)} s`;
    }
  }
}
