import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { AwsPort } from "../aws/port";
import { checkAccount } from "../engine/account";

/**
 * The account a confirmation is issued for, from STS: for a recorded real-account deployment it
 * must be the account it was made in (`checkAccount` refuses another), elsewhere whatever STS says.
 */
export async function confirmingAccount(port: AwsPort, target: DeploymentTarget): Promise<string> {
  return (await checkAccount(port, target)) ?? (await port.callerIdentity()).account;
}
