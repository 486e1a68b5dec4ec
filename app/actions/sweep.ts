"use server";
import { headers } from "next/headers";
import { SweepConfirmInputSchema, SweepGroupInputSchema, SweepScanInputSchema } from "../../lib/actions/inputs";
import type { Confirmation } from "../../lib/confirm";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import type { SweepScan } from "../../lib/cleanup/sweep-groups";
import { asAction } from "../../server/actions/run-action";
import { sweepActions } from "../../server/actions/sweep";
import { sweepScopes } from "../../server/class/read-scope";

/** Everything tagged by this app in a region (in each account the viewer's sweep covers), grouped by deployment with age and cost per hour. */
export async function scanOrphansAction(input: unknown): Promise<ActionResult<SweepScan>> {
  const parsed = SweepScanInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("sweep", parsed.error);
  return asAction("sweep", async () => {
    // Team mode: a student's own account(s); the instructor's, every account of the class.
    return sweepActions.scan(await sweepScopes(await headers(), parsed.data.target, parsed.data.region));
  });
}

/** The confirm step before deleting a group: on a real account, a token bound to the account, region, group and its cost per hour. */
export async function confirmSweepAction(input: unknown): Promise<ActionResult<Confirmation>> {
  const parsed = SweepConfirmInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("sweep", parsed.error);
  return asAction("sweep", async () => {
    return sweepActions.confirm(await sweepScopes(await headers(), parsed.data.target, parsed.data.region), parsed.data.deploymentId);
  });
}

/** Deletes one confirmed group in safe order, in the background (only resources with its tag); a real account needs the confirm step's token. */
export async function sweepGroupAction(input: unknown): Promise<ActionResult<{ isStarted: boolean }>> {
  const parsed = SweepGroupInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("sweep", parsed.error);
  return asAction("sweep", async () => {
    return sweepActions.sweep(await sweepScopes(await headers(), parsed.data.target, parsed.data.region), parsed.data.deploymentId, parsed.data.confirmation);
  });
}
