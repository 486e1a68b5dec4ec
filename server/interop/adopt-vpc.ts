import "server-only";
import { newDeploymentId } from "../../lib/deploy/names";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { adoptionEntries } from "../../lib/interop/adopt";
import type { ImportNote } from "../../lib/interop/notes";
import { compilePlan } from "../../lib/plan/compile-plan";
import { teardownResources } from "../../lib/plan/recorded";
import { StepError } from "../aws/errors";
import type { AwsPort } from "../aws/port";
import { sdkPort } from "../aws/sdk-port";
import { checkAccount } from "../engine/account";
import { awsTargetOf } from "../engine/target";
import { designErrors } from "../engine/validate";
import type { DeploymentRow, Journal } from "../journal";
import { importDescribed } from "./import-vpc";
import { readVpc } from "./read-vpc";

export type AdoptResult = { deploymentId: string; name: string; vpcId: string; resources: number; unsupported: ImportNote[] };

/**
 * Adopts an existing VPC as a deployment: imports it (the same reading and conversion as
 * `vpcd import`), and records a deployment whose desired state is the imported design and
 * whose journal says each of its create steps ended with the AWS id it was read from. Live
 * status and drift then read it like a deployed one, by those ids (it carries no tag of ours).
 *
 * Writes nothing to AWS. The resources were not created by this app, so the deployment is
 * marked `adopted` and cleanup, the lab timer and the sweep never delete them (the sweep only
 * acts on this app's tags; cleanup and the timer refuse, server/cleanup/adopted.ts).
 * Refuses a design with errors or a plan error, as a deploy does; records nothing unless
 * every step found its AWS id.
 */
export async function adoptImportedVpc(journal: Journal, port: AwsPort, target: DeploymentTarget, vpcId: string, now = Date.now()): Promise<AdoptResult> {
  const account = await checkAccount(port, target);
  const described = await readVpc(port, target.region, vpcId);
  const { design, unsupported, awsIds } = await importDescribed(described);
  const errors = designErrors(design);
  if (errors.length > 0) throw new StepError("DesignHasErrors", `The design imported from ${vpcId} has ${errors.length} error(s), so it cannot be a deployment's desired state: ${errors.slice(0, 3).join("; ")}`);
  const compiled = compilePlan(design);
  if (!compiled.ok) throw new StepError("PlanError", compiled.error.message);
  const id = newDeploymentId(now, Math.random());
  const adoption = adoptionEntries(compiled.plan, described, awsIds, id, now);
  if (!adoption.ok) throw new StepError("AdoptIncomplete", `Could not adopt ${vpcId}: ${adoption.missing.slice(0, 5).join("; ")}`);
  const row: DeploymentRow = {
    id,
    name: design.name,
    design,
    target: account ? { ...target, accountId: account } : target,
    plan: adoption.plan,
    createdAt: now,
    adopted: { vpcId, at: now, notes: unsupported },
  };
  journal.createDeployment(row);
  for (const entry of adoption.entries) journal.append(entry);
  const resources = teardownResources(journal.recordedResources(id)).length;
  return { deploymentId: id, name: design.name, vpcId, resources, unsupported };
}

/** `adoptImportedVpc` on a fresh port for a stored target, closed afterwards. */
export async function adoptVpcFrom(journal: Journal, target: DeploymentTarget, vpcId: string): Promise<AdoptResult> {
  const port = sdkPort(awsTargetOf(target));
  try {
    return await adoptImportedVpc(journal, port, target, vpcId);
  } finally {
    port.close();
  }
}
