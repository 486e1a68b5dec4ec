import "server-only";
import type { SweepAccount, SweepGroup, SweepScan } from "../../lib/cleanup/sweep-groups";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { StepError } from "../aws/errors";
import { sdkPort } from "../aws/sdk-port";
import { awsTargetOf } from "../engine/target";
import type { Journal } from "../journal";
import { findOrphans } from "./sweep";
import { sweepRuns } from "./sweep-service";

/**
 * One account a sweep reads: where (the target, with a student's sandbox account or AWS
 * credentials), whose (for the panel), and, for a student in an account others may share (real
 * AWS), which deployments are theirs — nothing else there is offered to them.
 */
export type SweepScope = { target: DeploymentTarget; account: SweepAccount; onlyDeployments?: ReadonlySet<string> };

/**
 * The sweep panel's reading over several accounts (team mode: a student's own, or each of the
 * class's for the instructor): each account's tagged groups, marked with the account, and the
 * accounts covered, so the panel says what it read. One account gives what `scanOrphans` gives.
 */
export async function scanAcross(journal: Journal, scopes: readonly SweepScope[]): Promise<SweepScan> {
  const found = await Promise.all(scopes.map(async (scope) => (await groupsIn(journal, scope)).map((g): SweepGroup => ({ ...g, account: scope.account }))));
  return { groups: found.flat(), runs: sweepRuns(), covers: scopes.map((s) => s.account) };
}

/**
 * The target holding a deployment's tagged group among the accounts the viewer's sweep
 * covers; refused with the same words whether it is elsewhere or nowhere (a student cannot
 * probe other accounts).
 */
export async function targetHolding(journal: Journal, scopes: readonly SweepScope[], deploymentId: string): Promise<DeploymentTarget> {
  for (const scope of scopes) {
    if ((await groupsIn(journal, scope)).some((g) => g.deploymentId === deploymentId)) return scope.target;
  }
  throw new StepError("NotFound", `Nothing tagged ${deploymentId} is left in the account${scopes.length === 1 ? "" : "s"} this sweep covers; scan again.`);
}

async function groupsIn(journal: Journal, scope: SweepScope): Promise<SweepGroup[]> {
  const port = sdkPort(awsTargetOf(scope.target));
  try {
    const groups = await findOrphans(port, new Set(journal.listDeployments().map((d) => d.id)));
    return scope.onlyDeployments ? groups.filter((g) => scope.onlyDeployments!.has(g.deploymentId)) : groups;
  } finally {
    port.close();
  }
}
