import "server-only";
import { makeClients } from "../aws/clients";
import { awsTargetOf } from "../engine/target";
import type { DeploymentRow, Journal } from "../journal";
import { refreshStatus, type StatusReading } from "./refresh";

/**
 * One live-status refresh of a recorded deployment: its resources from the journal, its
 * design as deployed (for drift), AWS read in at most 10 calls.
 */
export async function readDeploymentStatus(journal: Journal, row: DeploymentRow): Promise<StatusReading> {
  const clients = makeClients(awsTargetOf(row.target));
  try {
    return await refreshStatus({
      deploymentId: row.id,
      recorded: journal.recordedResources(row.id),
      design: row.design,
      target: { kind: row.target.kind, region: row.target.region },
      clients,
      deployedAt: row.createdAt,
    });
  } finally {
    for (const client of Object.values(clients)) client.destroy();
  }
}
