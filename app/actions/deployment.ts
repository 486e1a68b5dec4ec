"use server";
import { headers } from "next/headers";
import { DeployInputSchema, DeploymentIdInputSchema, PreflightInputSchema } from "../../lib/actions/inputs";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { preflightAndConfirm, type ConfirmedPreflight } from "../../server/confirm/deploy";
import { asAction, loadSentDesign } from "../../server/actions/run-action";
import { deploymentActions, type ListedDeployment } from "../../server/actions/deployment";
import { deployTarget } from "../../server/class/guard";

/**
 * The confirm dialog's checklist (identity, region, types, images, quotas, permissions) and, when
 * it passed, the server's confirmation token for this design, account, region and cost.
 */
export async function preflightAction(input: unknown): Promise<ActionResult<ConfirmedPreflight>> {
  const parsed = PreflightInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("preflight", parsed.error);
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return loaded.result;
  return asAction("preflight", async () => preflightAndConfirm(loaded.design, (await deployTarget(await headers(), parsed.data.target, loaded.design.region)).target));
}

/** Checks the confirmation (a real account needs the preflight's token), validates, compiles and records the deployment, starts it in the background (team mode: enqueues it), returns its id. */
export async function startDeploymentAction(input: unknown): Promise<ActionResult<{ deploymentId: string }>> {
  const parsed = DeployInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("deploy", parsed.error);
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return loaded.result;
  return asAction("deploy", async () => deploymentActions.start(await headers(), loaded.design, parsed.data.target, parsed.data.confirmation));
}

/** Continues an interrupted or failed deployment from its journal. */
export async function resumeDeploymentAction(input: unknown): Promise<ActionResult<{ deploymentId: string }>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("resume", parsed.error);
  return asAction("resume", async () => deploymentActions.resume(await headers(), parsed.data.deploymentId));
}

/** Stops a running deployment between AWS calls (it can be resumed). */
export async function stopDeploymentAction(input: unknown): Promise<ActionResult<{ stopped: boolean }>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("stop", parsed.error);
  return asAction("stop", async () => deploymentActions.stop(await headers(), parsed.data.deploymentId));
}

/** Recorded deployments the viewer may see, newest first, with their lifecycle (interrupted ones can be resumed from here). */
export async function listDeploymentsAction(): Promise<ActionResult<ListedDeployment[]>> {
  return asAction("list", async () => deploymentActions.list(await headers()));
}
