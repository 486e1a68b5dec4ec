import type { DeploymentLifecycle } from "../deploy/entity-status";
import type { CleanupReport } from "./report";

/** What `vpcd forget` knows about a deployment before removing it from the journal. */
export type ForgetFacts = {
  targetKind: "sandbox" | "aws";
  lifecycle: DeploymentLifecycle;
  /** A VPC the app adopted (read, never created): forgetting it hides nothing the app made. */
  isAdopted?: boolean;
  /** False when no step ever began: nothing can exist in AWS. */
  hasTouchedAws: boolean;
  /** For a sandbox: whether the sandbox still listens ("gone" when nothing does). */
  sandbox?: "running" | "gone" | "unknown";
  /** A cleanup report verified by describe calls now (real accounts, after a cleanup). */
  report?: CleanupReport;
  force: boolean;
};

export type ForgetDecision =
  | { ok: true; reason: "never-started" | "adopted" | "sandbox-gone" | "cleaned-up" | "forced" }
  | { ok: false; reason: "busy" | "billable-left" | "not-cleaned-up" | "sandbox-running" };

/**
 * Whether a deployment may leave the journal. Forgetting must never hide something that bills:
 * a real-account deployment goes only when it never touched AWS, was adopted (the app never
 * created or bills anything of it, and never deletes it), or its cleanup is verified
 * with nothing billable left, and `force` does not change that (the journal is how the app
 * finds those resources again; `vpcd sweep` is the way out when the journal is lost). A
 * sandbox deployment may go when its sandbox stopped (its resources went with it), when it
 * was cleaned up, or when forced (sandbox resources cost nothing and vanish with the sandbox).
 *
 * @example decideForget({ targetKind: "sandbox", lifecycle: "complete", hasTouchedAws: true, sandbox: "gone", force: false }) // { ok: true, reason: "sandbox-gone" }
 */
export function decideForget(f: ForgetFacts): ForgetDecision {
  if (f.lifecycle === "running" || f.lifecycle === "cleaning-up") return { ok: false, reason: "busy" };
  if (!f.hasTouchedAws) return { ok: true, reason: "never-started" };
  if (f.isAdopted) return { ok: true, reason: "adopted" };
  if (f.targetKind === "aws") {
    if (f.lifecycle !== "cleaned-up") return { ok: false, reason: "not-cleaned-up" };
    return f.report?.isNothingBillableLeft ? { ok: true, reason: "cleaned-up" } : { ok: false, reason: "billable-left" };
  }
  if (f.sandbox === "gone") return { ok: true, reason: "sandbox-gone" };
  if (f.lifecycle === "cleaned-up") return { ok: true, reason: "cleaned-up" };
  return f.force ? { ok: true, reason: "forced" } : { ok: false, reason: "sandbox-running" };
}
