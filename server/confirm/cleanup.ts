import "server-only";
import { deploymentsSubject, requiresConfirmation, type Confirmation } from "../../lib/confirm";
import { estimateCost } from "../../lib/plan/cost";
import { sdkPort } from "../aws/sdk-port";
import { refuseAdopted } from "../cleanup/adopted";
import { cleanupDeployment, startCleanup } from "../cleanup/service";
import type { CleanupResult } from "../cleanup/run-cleanup";
import { awsTargetOf } from "../engine/target";
import type { DeploymentRow, Journal } from "../journal";
import { confirmingAccount } from "./account";
import { issueConfirmation, requireConfirmation, type ConfirmContext, type ConfirmFacts } from "./service";

type Options = Omit<ConfirmContext, "target">;

/** What a cleanup confirms: the deployment, its region and what it costs per hour while it stands. */
export function cleanupFacts(row: DeploymentRow): ConfirmFacts {
  return { action: "cleanup", region: row.target.region, subject: deploymentsSubject([row.id]), usdPerHour: estimateCost(row.design).perHour };
}

/** The confirm step of "Clean up everything" (and of one step): a token for this deployment in this account, or "not required". */
export async function confirmCleanup(row: DeploymentRow, options: Options = {}): Promise<Confirmation> {
  // Nothing to confirm: an adopted deployment is never cleaned up (server/cleanup/adopted.ts).
  refuseAdopted(row);
  const context = { ...options, target: row.target };
  if (!requiresConfirmation(row.target, options.policy)) return { isRequired: false };
  const port = sdkPort(awsTargetOf(row.target));
  try {
    return await issueConfirmation(cleanupFacts(row), await confirmingAccount(port, row.target), context);
  } finally {
    port.close();
  }
}

/** The confirmation check alone, before any cleanup starts (team mode enqueues it after: server/work/team-runner.ts). */
export async function requireCleanupConfirmation(row: DeploymentRow, token: string | undefined, options: Options = {}): Promise<void> {
  const port = sdkPort(awsTargetOf(row.target));
  try {
    await requireConfirmation(port, token, cleanupFacts(row), { ...options, target: row.target });
  } finally {
    port.close();
  }
}

/** The Status tab's cleanup buttons: the confirmation check, then the cleanup (or one step) in the background. */
export async function startConfirmedCleanup(journal: Journal, row: DeploymentRow, request: Options & { stepId?: string; token?: string }): Promise<{ isStarted: boolean }> {
  await requireCleanupConfirmation(row, request.token, request);
  return startCleanup(journal, row, request.stepId);
}

/** `vpcd destroy`: the same check, then the cleanup in the foreground. Lab timers, set by the user beforehand, call the cleanup directly. */
export async function runConfirmedCleanup(journal: Journal, row: DeploymentRow, token: string | undefined, options: Options & Parameters<typeof cleanupDeployment>[2] = {}): Promise<CleanupResult> {
  await requireCleanupConfirmation(row, token, options);
  return cleanupDeployment(journal, row, options);
}
