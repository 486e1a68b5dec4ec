import "server-only";
import type { Ec2Action, Ec2Input, Ec2Output, ElbAction, ElbInput, ElbOutput } from "./actions";

export type CallOptions = {
  /** One attempt only: for creates without a ClientToken, where a blind retry could duplicate. */
  once?: boolean;
};

export type { WaitOptions } from "./wait";

/**
 * The AWS surface the engine uses, and nothing more (actions listed in ./actions.ts).
 * `sdk-port.ts` implements it with SDK v3; providers translate step inputs into these calls
 * and their answers into outputs, and every wait is a `poll` over them (./wait.ts).
 */
export type AwsPort = {
  ec2<A extends Ec2Action>(action: A, input: Ec2Input<A>, options?: CallOptions): Promise<Ec2Output<A>>;
  elb<A extends ElbAction>(action: A, input: ElbInput<A>, options?: CallOptions): Promise<ElbOutput<A>>;
  callerIdentity(): Promise<{ account: string; arn: string }>;
  /**
   * SSM GetParameters (the IAM action RunInstances needs for `resolve:ssm:` images): values by
   * name, and the names SSM does not know in this region.
   */
  ssmParameters(names: string[]): Promise<{ values: Record<string, string>; invalid: string[] }>;
  /** IAM GetRole: the role's ARN; throws AWS's NoSuchEntity when there is none. */
  iamRole(name: string): Promise<{ arn: string }>;
  /** Requests sent so far (each SDK attempt counts once per call here, retries not included). */
  readonly calls: number;
  close(): void;
};
