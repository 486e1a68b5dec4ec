import "server-only";
import type { Ec2Action, Ec2Input, Ec2Output, ElbAction, ElbInput, ElbOutput } from "./actions";

export type CallOptions = {
  /** One attempt only: for creates without a ClientToken, where a blind retry could duplicate. */
  once?: boolean;
};

/** How long to wait and how often to look. Every wait has a deadline. */
export type WaitOptions = { timeoutMs: number; minDelayMs: number; maxDelayMs: number; signal?: AbortSignal };

/**
 * The AWS surface the engine uses, and nothing more (actions listed in ./actions.ts).
 * `sdk-port.ts` implements it with SDK v3; handlers only translate step inputs into these
 * calls and their answers into outputs.
 */
export type AwsPort = {
  ec2<A extends Ec2Action>(action: A, input: Ec2Input<A>, options?: CallOptions): Promise<Ec2Output<A>>;
  elb<A extends ElbAction>(action: A, input: ElbInput<A>, options?: CallOptions): Promise<ElbOutput<A>>;
  callerIdentity(): Promise<{ account: string; arn: string }>;
  /** SDK v3 waiters (AWS-RULES §7.2); they throw on failure states and on timeout. */
  waitNatGatewayAvailable(natGatewayId: string, wait: WaitOptions): Promise<void>;
  waitInstanceRunning(instanceId: string, wait: WaitOptions): Promise<void>;
  waitLoadBalancerAvailable(arn: string, wait: WaitOptions): Promise<void>;
  /** Requests sent so far (each SDK attempt counts once per call here, retries not included). */
  readonly calls: number;
  close(): void;
};
