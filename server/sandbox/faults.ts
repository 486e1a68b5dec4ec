import "server-only";
import type { AwsCall } from "./aws-call";
import { awsError, type Reply } from "./aws-errors";
import { seededRandom, type FaultSpec } from "./fault-spec";

/** What to do to one call: answer with an error, drop the socket, delay, or drop after moto acted. */
export type Fault =
  | { kind: "none" }
  | { kind: "reply"; reply: Reply; label: "throttle" | "error" | "fail" | "denied" | "expired" }
  | { kind: "reset" }
  | { kind: "slow"; delayMs: number }
  | { kind: "lost" };

/**
 * Decides a fault per AWS call. One PRNG draw per call, compared against the cumulative rates,
 * so a seed gives the same decisions for the same call sequence. `lost` applies only to
 * mutating calls (a lost read is just a reset); reads drawn into it pass untouched.
 */
export class FaultInjector {
  private random: () => number;
  private calls = 0;

  constructor(private spec: FaultSpec) {
    this.random = seededRandom(spec.seed);
  }

  /** Replaces the spec and restarts the PRNG from its seed. */
  configure(spec: FaultSpec): void {
    this.spec = spec;
    this.random = seededRandom(spec.seed);
    this.calls = 0;
  }

  /** Restarts the PRNG, so a reset sandbox repeats the same fault sequence. */
  reset(): void {
    this.random = seededRandom(this.spec.seed);
    this.calls = 0;
  }

  decide(call: AwsCall): Fault {
    this.calls++;
    if (this.spec.expireAfter > 0 && this.calls > this.spec.expireAfter) return { kind: "reply", reply: expired(call), label: "expired" };
    if (this.spec.deny.includes(call.action)) return { kind: "reply", reply: accessDenied(call), label: "denied" };
    if (this.spec.fail.includes(call.action)) return { kind: "reply", reply: permanentFailure(call), label: "fail" };
    const draw = this.random();
    const { throttle, error, reset, slow, lost } = this.spec;
    if (draw < throttle) return { kind: "reply", reply: throttling(call), label: "throttle" };
    if (draw < throttle + error) return { kind: "reply", reply: awsError(call, 500, "InternalError", "An internal error has occurred"), label: "error" };
    if (draw < throttle + error + reset) return { kind: "reset" };
    if (draw < throttle + error + reset + slow) return { kind: "slow", delayMs: this.spec.slowMs };
    if (draw < throttle + error + reset + slow + lost && call.isMutating) return { kind: "lost" };
    return { kind: "none" };
  }
}

/** EC2 throttles with HTTP 503 RequestLimitExceeded; ELBv2 and STS with 400 Throttling (docs/aws-facts.md §8.4). */
function throttling(call: AwsCall): Reply {
  if (call.protocol === "ec2") return awsError(call, 503, "RequestLimitExceeded", "Request limit exceeded.");
  if (call.protocol === "json") return awsError(call, 400, "ThrottledException", "Rate exceeded");
  return awsError(call, 400, "Throttling", "Rate exceeded");
}

/** An expired session: EC2 answers RequestExpired, the other services ExpiredToken (docs/aws-facts.md §8.6). */
function expired(call: AwsCall): Reply {
  if (call.protocol === "ec2") return awsError(call, 400, "RequestExpired", "Request has expired.");
  return awsError(call, 403, "ExpiredToken", "The security token included in the request is expired");
}

const PERMANENT: Record<string, [code: string, message: string]> = {
  CreateNatGateway: ["NatGatewayLimitExceeded", "The maximum number of NAT gateways has been reached."],
  RunInstances: ["InstanceLimitExceeded", "You have requested more instances than your current instance limit allows for the specified instance type."],
  AllocateAddress: ["AddressLimitExceeded", "The maximum number of addresses has been reached."],
  CreateVpc: ["VpcLimitExceeded", "The maximum number of VPCs has been reached."],
  CreateInternetGateway: ["InternetGatewayLimitExceeded", "The maximum number of internet gateways has been reached."],
  CreateLoadBalancer: ["TooManyLoadBalancers", "The quota for the number of load balancers has been reached."],
  CreateTargetGroup: ["TooManyTargetGroups", "The quota for the number of target groups has been reached."],
};

/**
 * What an IAM deny looks like per service (docs/aws-facts.md §16.5): EC2 answers 403
 * UnauthorizedOperation (also for a DryRun, where an allowed one says DryRunOperation); the
 * query services (ELBv2, IAM, STS) 403 AccessDenied; JSON services (SSM) 400 AccessDeniedException.
 */
function accessDenied(call: AwsCall): Reply {
  const message = `User: arn:aws:iam::123456789012:user/student is not authorized to perform: ${call.service}:${call.action} because no identity-based policy allows the ${call.service}:${call.action} action`;
  if (call.protocol === "ec2") return awsError(call, 403, "UnauthorizedOperation", `You are not authorized to perform this operation. ${message}`);
  if (call.protocol === "json") return awsError(call, 400, "AccessDeniedException", message);
  return awsError(call, 403, "AccessDenied", message);
}

/** A realistic non-retryable 4xx for `fail=Action`: a quota error where AWS has one, else access denied. */
function permanentFailure(call: AwsCall): Reply {
  const known = PERMANENT[call.action];
  if (known) return awsError(call, 400, known[0], known[1]);
  if (call.protocol === "ec2") return awsError(call, 403, "UnauthorizedOperation", `You are not authorized to perform this operation (${call.action}).`);
  return awsError(call, 403, "AccessDenied", `User is not authorized to perform: ${call.service}:${call.action}`);
}
