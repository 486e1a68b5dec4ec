import "server-only";
import { deploymentsSubject, requiresConfirmation, type Confirmation } from "../../lib/confirm";
import type { SweepGroup } from "../../lib/cleanup/sweep-groups";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { StepError } from "../aws/errors";
import type { AwsPort } from "../aws/port";
import { sdkPort } from "../aws/sdk-port";
import { findOrphans } from "../cleanup/sweep";
import { startSweep } from "../cleanup/sweep-service";
import { awsTargetOf } from "../engine/target";
import type { Journal } from "../journal";
import { issueConfirmation, requireConfirmation, type ConfirmContext, type ConfirmFacts } from "./service";

type Options = Omit<ConfirmContext, "target">;

/** What sweeping one group confirms: the deployment id it carries, the region and what it bills per hour now. */
export function sweepFacts(group: Pick<SweepGroup, "deploymentId" | "usdPerHour">, region: string): ConfirmFacts {
  return { action: "sweep", region, subject: deploymentsSubject([group.deploymentId]), usdPerHour: group.usdPerHour };
}

/** The sweep's confirm step: reads the group as it is now and issues a token for it (or "not required"). */
export async function confirmSweep(journal: Journal, target: DeploymentTarget, deploymentId: string, options: Options = {}): Promise<Confirmation> {
  if (!requiresConfirmation(target, options.policy)) return { isRequired: false };
  const port = sdkPort(awsTargetOf(target));
  try {
    const group = (await findOrphans(port, new Set(journal.listDeployments().map((d) => d.id)))).find((g) => g.deploymentId === deploymentId);
    if (!group) throw new StepError("NotFound", `Nothing tagged ${deploymentId} is left in ${target.region}; scan again.`);
    return await issueConfirmation(sweepFacts(group, target.region), (await port.callerIdentity()).account, { ...options, target });
  } finally {
    port.close();
  }
}

/** `vpcd sweep`'s confirm step for a group it has just scanned: a token for it in the account STS names (or "not required"). */
export async function confirmScannedGroup(port: AwsPort, group: SweepGroup, region: string, context: ConfirmContext): Promise<Confirmation> {
  if (!requiresConfirmation(context.target, context.policy)) return { isRequired: false };
  return issueConfirmation(sweepFacts(group, region), (await port.callerIdentity()).account, context);
}

/** "Delete" on a sweep group: the rescan inside `startSweep` is checked against the confirmation before anything is deleted. */
export function startConfirmedSweep(journal: Journal, target: DeploymentTarget, deploymentId: string, token: string | undefined, options: Options = {}): Promise<{ isStarted: boolean }> {
  return startSweep(journal, target, deploymentId, { beforeDelete: (group, port) => requireConfirmation(port, token, sweepFacts(group, target.region), { ...options, target }) });
}
