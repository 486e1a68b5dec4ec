"use server";
import { headers } from "next/headers";
import { CleanupInputSchema, DeploymentIdInputSchema, LabTimerInputSchema } from "../../lib/actions/inputs";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import type { Confirmation } from "../../lib/confirm";
import { asAction } from "../../server/actions/run-action";
import { cleanupActions } from "../../server/actions/cleanup";
import { guardDeployment } from "../../server/class/guard";

/** The confirm step of a cleanup: on a real account, a token bound to the account, region, deployment and its cost per hour. */
export async function confirmCleanupAction(input: unknown): Promise<ActionResult<Confirmation>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("cleanup", parsed.error);
  return asAction("cleanup", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return cleanupActions.confirm(parsed.data.deploymentId);
  });
}

/** Starts the guided cleanup (all of it, or one step), in the background; a real account needs the confirm step's token. */
export async function startCleanupAction(input: unknown): Promise<ActionResult<{ isStarted: boolean }>> {
  const parsed = CleanupInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("cleanup", parsed.error);
  return asAction("cleanup", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return cleanupActions.start(parsed.data.deploymentId, parsed.data.stepId, parsed.data.confirmation);
  });
}

/** Stops a running cleanup between AWS calls; starting it again picks up where it stopped. */
export async function stopCleanupAction(input: unknown): Promise<ActionResult<{ isStopped: boolean }>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("cleanup", parsed.error);
  return asAction("cleanup", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return cleanupActions.stop(parsed.data.deploymentId);
  });
}

/** Sets ("delete in 2 h") or cancels the lab's auto-cleanup timer. */
export async function setLabTimerAction(input: unknown): Promise<ActionResult<LabTimer | null>> {
  const parsed = LabTimerInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("timer", parsed.error);
  return asAction("timer", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return cleanupActions.setTimer(parsed.data.deploymentId, parsed.data.hours);
  });
}
