import "server-only";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { STSClient } from "@aws-sdk/client-sts";
import { SSMClient } from "@aws-sdk/client-ssm";
import { IAMClient } from "@aws-sdk/client-iam";
import { assumedRole } from "./assume-role";

/** Where the calls go. No endpoint: real AWS with the default credential chain. */
export type AwsTarget = {
  region: string;
  endpoint?: string;
  /**
   * Explicit keys, "default" for the SDK's default chain even with an endpoint, a named profile
   * of the server's shared config, or a role the server assumes with its default chain.
   */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | "default" | { profile: string } | { roleArn: string };
};

/**
 * Keys for an endpoint target (the sandbox, or another AWS-compatible server): always the
 * dummy pair moto accepts, never the environment's. A student's real keys in
 * AWS_ACCESS_KEY_ID must not sign requests to a local server; a real account with a custom
 * endpoint asks for "default" explicitly (server/engine/target.ts).
 */
export const SANDBOX_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" } as const;

export type AwsClients = {
  /** Reads and calls that are safe to repeat (ClientToken, or naturally idempotent): SDK retries. */
  ec2: EC2Client;
  elb: ElasticLoadBalancingV2Client;
  /** Creates without a ClientToken: one attempt each; the engine looks before it retries. */
  ec2Once: EC2Client;
  elbOnce: ElasticLoadBalancingV2Client;
  sts: STSClient;
};

/** Attempts for repeatable calls: throttling and 5xx go through the SDK's standard retry strategy. */
const RETRY_ATTEMPTS = 8;

/**
 * SDK v3 clients for one region. With `endpoint` (the sandbox, or any AWS-compatible server)
 * all services share it and sign with the dummy `test`/`test` pair, even when real keys are
 * in the environment. Without it (or with credentials "default") the default chain applies:
 * environment, shared profiles, SSO, container and instance roles. Credentials never leave
 * the server process.
 *
 * Two flavours per service: a retrying one for reads and idempotent calls, and a one-shot one
 * for creates that take no ClientToken — an SDK retry after a lost response would create a
 * second VPC, subnet, security group, Elastic IP or internet gateway.
 */
export function makeClients(target: AwsTarget): AwsClients {
  const base = baseConfig(target);
  const retrying = { ...base, retryMode: "standard" as const, maxAttempts: RETRY_ATTEMPTS };
  const once = { ...base, maxAttempts: 1 };
  return {
    ec2: new EC2Client(retrying),
    elb: new ElasticLoadBalancingV2Client(retrying),
    ec2Once: new EC2Client(once),
    elbOnce: new ElasticLoadBalancingV2Client(once),
    sts: new STSClient(retrying),
  };
}

/** An SSM client (reads only: public image parameters), with the same endpoint and credential rules. */
export function makeSsmClient(target: AwsTarget): SSMClient {
  return new SSMClient({ ...baseConfig(target), retryMode: "standard", maxAttempts: RETRY_ATTEMPTS });
}

/** An IAM client (reads only: the service-linked role). IAM is global; the region only picks the signing. */
export function makeIamClient(target: AwsTarget): IAMClient {
  return new IAMClient({ ...baseConfig(target), retryMode: "standard", maxAttempts: RETRY_ATTEMPTS });
}

function baseConfig(target: AwsTarget) {
  const given = target.credentials;
  // A profile goes to the SDK's own chain (`profile`), which reads ~/.aws/config and credentials.
  if (given && given !== "default" && "profile" in given) return { ...common(target), profile: given.profile };
  if (given && given !== "default" && "roleArn" in given) return { ...common(target), credentials: assumedRole(target, given.roleArn) };
  const credentials = given === "default" ? undefined : (given ?? (target.endpoint ? { ...SANDBOX_CREDENTIALS } : undefined));
  return { ...common(target), ...(credentials ? { credentials } : {}) };
}

function common(target: AwsTarget) {
  return {
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    // A hung connection must not hang a deploy: every request has a deadline.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  };
}

/** Closes every client's sockets. */
export function destroyClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy();
}
