import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { AwsTarget } from "../aws/clients";
import { StepError } from "../aws/errors";
import { timingFor, type Timing } from "../aws/timing";

/**
 * Fills in a target: the sandbox's endpoint comes from `VPCD_SANDBOX_ENDPOINT` (set by
 * `vpcd demo`) unless given; a real account uses no endpoint and the default credential chain.
 */
export function resolveTarget(kind: "sandbox" | "aws", region: string, endpoint?: string): DeploymentTarget {
  if (kind === "aws") return endpoint ? { kind, region, endpoint } : { kind, region };
  const sandbox = endpoint ?? process.env.VPCD_SANDBOX_ENDPOINT;
  if (!sandbox) throw new StepError("SandboxNotRunning", "No sandbox is running: start the app with `vpcd demo`, or pass --endpoint.");
  return { kind, region, endpoint: sandbox };
}

/**
 * Client settings for a stored target: a real account uses the default credential chain, or
 * the student's profile or role the instructor configured on the server (team mode, resolved
 * in this process whichever worker runs it); a sandbox target with an `accountId` (a student's
 * own sandbox account) signs with that 12-digit number as its dummy access key, which the
 * sandbox maps to that account.
 */
export function awsTargetOf(target: DeploymentTarget): AwsTarget {
  const real = target.credentials ?? ("default" as const);
  const credentials = target.kind === "aws" ? real : target.accountId ? { accessKeyId: target.accountId, secretAccessKey: "test" } : undefined;
  return { region: target.region, ...(target.endpoint ? { endpoint: target.endpoint } : {}), ...(credentials ? { credentials } : {}) };
}

/** Patience per target: an endpoint (sandbox or compatible) polls fast; AWS polls like Terraform. */
export function timingOf(target: DeploymentTarget): Timing {
  return timingFor(target);
}
