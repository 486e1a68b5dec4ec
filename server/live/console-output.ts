import "server-only";
import { StepError } from "../aws/errors";
import { sdkPort } from "../aws/sdk-port";
import { awsTargetOf } from "../engine/target";
import type { DeploymentRow, Journal } from "../journal";
import type { ConsoleOutput } from "../../lib/live/console-output";

export type { ConsoleOutput };

/**
 * Reads the console of one instance of a deployment (by its logical id): where the user data's
 * output shows, on AWS and on the sandbox when it runs the instance's workload (the last 64 KB,
 * docs/aws-facts.md §14.4).
 */
export async function readConsoleOutput(journal: Journal, row: DeploymentRow, logicalId: string): Promise<ConsoleOutput> {
  const recorded = journal.recordedResources(row.id).find((r) => r.kind === "instance" && r.logicalId === logicalId && r.awsId);
  if (!recorded?.awsId) throw new StepError("NotFound", `No instance "${logicalId}" in deployment ${row.id}.`);
  const port = sdkPort(awsTargetOf(row.target));
  try {
    const out = await port.ec2("GetConsoleOutput", { InstanceId: recorded.awsId });
    return { logicalId, instanceId: recorded.awsId, output: Buffer.from(out.Output ?? "", "base64").toString("utf8") };
  } finally {
    port.close();
  }
}
