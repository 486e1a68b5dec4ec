import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { StepError } from "../aws/errors";
import type { AwsPort } from "../aws/port";

/**
 * For a real-account deployment, the account the current credentials belong to (STS), refusing
 * when the deployment was made in another one: cleaning up, timing or reading "account A's lab"
 * with account B's credentials would find nothing and report it gone, or touch the wrong
 * account. The sandbox has one account and is not checked.
 */
export async function checkAccount(port: AwsPort, target: DeploymentTarget): Promise<string | undefined> {
  if (target.kind !== "aws") return undefined;
  const { account } = await port.callerIdentity();
  if (target.accountId && target.accountId !== account) {
    throw new StepError("WrongAccount", `This deployment is in AWS account ${target.accountId}, but the current credentials belong to account ${account}. Switch to that account's credentials (AWS_PROFILE), then try again.`);
  }
  return account;
}
