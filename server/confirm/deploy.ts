import "server-only";
import type { Confirmation } from "../../lib/confirm";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import { estimateCost } from "../../lib/plan/cost";
import { sdkPort } from "../aws/sdk-port";
import type { Journal } from "../journal";
import { createDeployment, launchDeployment } from "../engine/deployments";
import { sharedJournal } from "../engine/journal-instance";
import { runPreflight, type PreflightReport } from "../engine/preflight";
import { awsTargetOf } from "../engine/target";
import { designSubject, issueConfirmation, requireConfirmation, type ConfirmContext, type ConfirmFacts } from "./service";

/** The confirm dialog's answer: the checklist and, when it passed, the confirmation of what it showed. */
export type ConfirmedPreflight = PreflightReport & { confirmation: Confirmation | null };

type Options = Omit<ConfirmContext, "target">;

/** What a deploy of this design confirms: the design's hash, its region and its cost per hour. */
export function deployFacts(design: Design): ConfirmFacts {
  return { action: "deploy", region: design.region, subject: designSubject(design), usdPerHour: estimateCost(design).perHour };
}

/**
 * Runs the preflight and, only when every check passed and STS named the account, issues the
 * confirmation for this design, account, region and cost (null otherwise: nothing to confirm).
 */
export async function preflightAndConfirm(design: Design, target: DeploymentTarget, options: Options = {}): Promise<ConfirmedPreflight> {
  const report = await runPreflight(design, target);
  const confirmation = report.ok && report.account ? await issueConfirmation(deployFacts(design), report.account, { ...options, target }) : null;
  return { ...report, confirmation };
}

/**
 * `createDeployment` behind the confirmation check: a target that needs confirmation (a real
 * account) is refused unless `token` was issued for this very design, account, region and cost.
 * The CLI runs the walk itself; the app calls `startConfirmedDeployment`.
 */
export async function createConfirmedDeployment(journal: Journal, design: Design, target: DeploymentTarget, token: string | undefined, options: Options = {}) {
  await requireDeployConfirmation(design, target, token, options);
  return createDeployment(journal, design, target);
}

/** The confirmation check alone (team mode enqueues the deployment after it: server/work/team-runner.ts). */
export async function requireDeployConfirmation(design: Design, target: DeploymentTarget, token: string | undefined, options: Options = {}): Promise<void> {
  const port = sdkPort(awsTargetOf(target));
  try {
    await requireConfirmation(port, token, deployFacts(design), { ...options, target });
  } finally {
    port.close();
  }
}

/** The Deploy tab's "Deploy now": checks the confirmation, records the deployment and starts it in the background. */
export async function startConfirmedDeployment(design: Design, target: DeploymentTarget, token: string | undefined, options: Options & { journal?: Journal } = {}): Promise<{ deploymentId: string }> {
  const journal = options.journal ?? sharedJournal();
  const row = await createConfirmedDeployment(journal, design, target, token, options);
  launchDeployment(row.id, journal);
  return { deploymentId: row.id };
}
