import "server-only";
import { StepError } from "../aws/errors";
import type { DeploymentRow } from "../journal";

/**
 * An adopted deployment (`vpcd adopt`) is read-only with respect to deletion. Its resources
 * were made by someone else and carry none of this app's tags, and the project's standard is
 * that nothing deletes a resource without them: so cleanup, a single cleanup step and the lab
 * timer refuse here, and the sweep (which acts on tags only) never finds them. Tagging them on
 * request was considered and not offered: it would make someone else's production VPC a sweep
 * candidate with one click, and removing them is their owner's decision, not this app's.
 */
export function refuseAdopted(row: DeploymentRow): void {
  if (!row.adopted) return;
  throw new StepError("AdoptedDeployment", `Deployment ${row.id} (${row.adopted.vpcId}) is adopted from AWS: VPC Designer did not create these resources and will not delete them.`);
}
