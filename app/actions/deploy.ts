"use server";
import { DeployInputSchema, DeploymentIdInputSchema, issuesOf, type ActionResult } from "../../lib/deploy/actions";
import type { DeploymentView } from "../../lib/deploy/view";
import { getDeploymentView, listDeploymentViews, resolveTarget, resumeDeployment, runPreflight, startDeployment, stopDeployment, type PreflightReport } from "../../server/engine";
import { asAction, loadSentDesign } from "../../server/actions/run-action";

const invalid = (issues: Array<{ path: string; message: string }>): ActionResult<never> => ({ ok: false, error: { code: "invalid_input:deploy", message: "The request is not valid.", issues } });

/** The confirm dialog's checklist: identity (account id), region, types, images, quotas, permissions. */
export async function preflightAction(input: unknown): Promise<ActionResult<PreflightReport>> {
  const parsed = DeployInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return loaded.result;
  return asAction("preflight", () => runPreflight(loaded.design, resolveTarget(parsed.data.target, loaded.design.region)));
}

/** Validates, compiles and records the deployment, starts it in the background, returns its id. */
export async function startDeploymentAction(input: unknown): Promise<ActionResult<{ deploymentId: string }>> {
  const parsed = DeployInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return loaded.result;
  return asAction("deploy", () => startDeployment(loaded.design, resolveTarget(parsed.data.target, loaded.design.region)));
}

/** The polled view: steps, progress, log and per-entity phases for the canvas. */
export async function deploymentViewAction(input: unknown): Promise<ActionResult<DeploymentView>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("view", () => {
    const view = getDeploymentView(parsed.data.deploymentId);
    if (!view) throw Object.assign(new Error(`No deployment ${parsed.data.deploymentId}.`), { name: "NotFound" });
    return view;
  });
}

/** Continues an interrupted or failed deployment from its journal. */
export async function resumeDeploymentAction(input: unknown): Promise<ActionResult<{ deploymentId: string }>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("resume", () => resumeDeployment(parsed.data.deploymentId));
}

/** Stops a running deployment between AWS calls (it can be resumed). */
export async function stopDeploymentAction(input: unknown): Promise<ActionResult<{ stopped: boolean }>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("stop", () => ({ stopped: stopDeployment(parsed.data.deploymentId) }));
}

/** Recorded deployments, newest first (interrupted ones can be resumed from here). */
export async function listDeploymentsAction(): Promise<ActionResult<Array<Pick<DeploymentView, "id" | "name" | "status" | "createdAt" | "target" | "progress">>>> {
  return asAction("list", () => listDeploymentViews().map(({ id, name, status, createdAt, target, progress }) => ({ id, name, status, createdAt, target, progress })));
}
