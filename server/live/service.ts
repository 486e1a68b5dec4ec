import "server-only";
import { sdkPort } from "../aws/sdk-port";
import { checkAccount } from "../engine/account";
import { awsTargetOf } from "../engine/target";
import type { DeploymentRow, Journal } from "../journal";
import { refreshStatus, type StatusReading } from "./refresh";

/**
 * One live-status refresh of a recorded deployment: its resources from the journal, its
 * design as deployed (for drift), AWS read in at most 10 calls (an adopted one by its
 * recorded ids, since it carries no tag of ours).
 */
export async function readDeploymentStatus(journal: Journal, row: DeploymentRow): Promise<StatusReading> {
  const port = sdkPort(awsTargetOf(row.target));
  try {
    await checkAccount(port, row.target);
    return await refreshStatus({
      deploymentId: row.id,
      recorded: journal.recordedResources(row.id),
      design: row.design,
      target: { kind: row.target.kind, region: row.target.region },
      port,
      deployedAt: row.createdAt,
      isAdopted: row.adopted !== undefined,
    });
  } finally {
    port.close();
  }
}
