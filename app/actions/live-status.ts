"use server";
import { headers } from "next/headers";
import { AlbTestInputSchema, ConsoleInputSchema, DeploymentIdInputSchema } from "../../lib/actions/inputs";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import type { DeploymentStatusView } from "../../lib/deploy/status-view";
import type { ConsoleOutput } from "../../lib/live/console-output";
import type { AlbTestResult } from "../../lib/live/histogram";
import { asAction } from "../../server/actions/run-action";
import { liveStatusActions } from "../../server/actions/live-status";
import { guardDeployment } from "../../server/class/guard";

/**
 * The one poll of a deployment every view reads: deploy progress, live AWS status and drift,
 * the cleanup checklist, the lab timer, the lifecycle and each entity's status, in one object.
 */
export async function deploymentStatusAction(input: unknown): Promise<ActionResult<DeploymentStatusView>> {
  const parsed = DeploymentIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("status", parsed.error);
  return asAction("status", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return liveStatusActions.status(parsed.data.deploymentId);
  });
}

/** "Test the load balancer": N requests from the server, a histogram of the private IPs that answered. */
export async function testLoadBalancerAction(input: unknown): Promise<ActionResult<AlbTestResult>> {
  const parsed = AlbTestInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("alb_test", parsed.error);
  return asAction("alb_test", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return liveStatusActions.testLoadBalancer(parsed.data.deploymentId, parsed.data.count);
  });
}

/** An instance's console output (its user data's log), as GetConsoleOutput returns it. */
export async function consoleOutputAction(input: unknown): Promise<ActionResult<ConsoleOutput>> {
  const parsed = ConsoleInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("console", parsed.error);
  return asAction("console", async () => {
    await guardDeployment(await headers(), parsed.data.deploymentId);
    return liveStatusActions.consoleOutput(parsed.data.deploymentId, parsed.data.logicalId);
  });
}
