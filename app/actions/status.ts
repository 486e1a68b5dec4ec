"use server";
import type { ActionResult } from "../../lib/deploy/actions";
import { issuesOf } from "../../lib/deploy/actions";
import { AlbTestInputSchema, CleanupInputSchema, ConsoleInputSchema, LabTimerInputSchema, StatusInputSchema, SweepGroupInputSchema, SweepScanInputSchema } from "../../lib/live/action-inputs";
import type { LabTimer, StatusDashboard, SweepScan } from "../../lib/live/dashboard";
import type { AlbTestResult } from "../../lib/live/histogram";
import type { ConsoleOutput } from "../../lib/live/console-output";
import { asAction } from "../../server/actions/run-action";
import { statusActions } from "../../server/actions/live-actions";

const invalid = (issues: Array<{ path: string; message: string }>): ActionResult<never> => ({ ok: false, error: { code: "invalid_input:status", message: "The request is not valid.", issues } });

/** One poll of the status panel: live AWS status, drift, cost, the cleanup checklist, the lab timer. */
export async function statusAction(input: unknown): Promise<ActionResult<StatusDashboard>> {
  const parsed = StatusInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("status", () => statusActions.dashboard(parsed.data.deploymentId));
}

/** Starts the guided cleanup (all of it, or one step), in the background. */
export async function startCleanupAction(input: unknown): Promise<ActionResult<{ isStarted: boolean }>> {
  const parsed = CleanupInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("cleanup", () => statusActions.startCleanup(parsed.data.deploymentId, parsed.data.stepId));
}

/** Stops a running cleanup between AWS calls; starting it again picks up where it stopped. */
export async function stopCleanupAction(input: unknown): Promise<ActionResult<{ isStopped: boolean }>> {
  const parsed = StatusInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("cleanup", () => statusActions.stopCleanup(parsed.data.deploymentId));
}

/** "Test the load balancer": N requests from the server, a histogram of the private IPs that answered. */
export async function testLoadBalancerAction(input: unknown): Promise<ActionResult<AlbTestResult>> {
  const parsed = AlbTestInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("alb_test", () => statusActions.testLoadBalancer(parsed.data.deploymentId, parsed.data.count));
}

/** An instance's console output (its user data's log), as GetConsoleOutput returns it. */
export async function consoleOutputAction(input: unknown): Promise<ActionResult<ConsoleOutput>> {
  const parsed = ConsoleInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("console", () => statusActions.consoleOutput(parsed.data.deploymentId, parsed.data.logicalId));
}

/** Sets ("delete in 2 h") or cancels the lab's auto-cleanup timer. */
export async function setLabTimerAction(input: unknown): Promise<ActionResult<LabTimer | null>> {
  const parsed = LabTimerInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("timer", () => statusActions.setTimer(parsed.data.deploymentId, parsed.data.hours));
}

/** Everything tagged by this app in a region, grouped by deployment with age and cost per hour. */
export async function scanOrphansAction(input: unknown): Promise<ActionResult<SweepScan>> {
  const parsed = SweepScanInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("sweep", () => statusActions.scan(parsed.data.target, parsed.data.region));
}

/** Deletes one confirmed group in safe order, in the background (only resources with its tag). */
export async function sweepGroupAction(input: unknown): Promise<ActionResult<{ isStarted: boolean }>> {
  const parsed = SweepGroupInputSchema.safeParse(input);
  if (!parsed.success) return invalid(issuesOf(parsed.error));
  return asAction("sweep", () => statusActions.sweep(parsed.data.target, parsed.data.region, parsed.data.deploymentId));
}
