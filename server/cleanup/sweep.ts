import "server-only";
import { groupByDeployment, type SweepGroup } from "../../lib/cleanup/sweep-groups";
import { installationId } from "../util/installation-id";
import { busyDeployments } from "./busy";
import type { AwsPort } from "../aws/port";
import type { EntryLog } from "../journal/types";
import { discoverTagged } from "../aws/inventory/discover-tagged";
import type { StepListener } from "../engine/step-events";
import { runCleanup, type CleanupResult } from "./run-cleanup";
import type { Timing } from "../aws/timing";

/**
 * Every deployment with resources in the region carrying this app's tags (from crashed
 * deploys, lost journals, other machines), grouped, with age and cost per hour. Only tagged
 * resources are listed; nothing else in a tagged VPC is.
 */
export async function findOrphans(port: AwsPort, journaled: ReadonlySet<string>, now = Date.now(), busy?: ReadonlySet<string>): Promise<SweepGroup[]> {
  // Team mode passes `busy` (the deployments whose lease a worker holds); here it is this machine's runs.
  return groupByDeployment(await discoverTagged(port), now, journaled, { installationId: installationId(), busy: busy ?? busyDeployments(journaled) });
}

/**
 * Deletes one group in AWS's safe order, acting only on the group's tagged resources. What
 * AWS refuses because of something untagged (an instance someone launched into the subnet)
 * is named and left alone; the verified report says what remains and why.
 */
export async function sweepGroup(options: { port: AwsPort; group: SweepGroup; journal: EntryLog; timing: Timing; where?: "sandbox" | "aws"; onEvent?: StepListener; signal?: AbortSignal }): Promise<CleanupResult> {
  const recorded = options.group.resources.map((r) => ({ logicalId: r.logicalId, kind: r.kind, awsId: r.awsId, attributes: r.attributes }));
  return runCleanup({
    deploymentId: options.group.deploymentId,
    journal: options.journal,
    recorded,
    port: options.port,
    where: options.where,
    timing: options.timing,
    signal: options.signal,
    onEvent: options.onEvent,
    isTagOnly: true,
  });
}
