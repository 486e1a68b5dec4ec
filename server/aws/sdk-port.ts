import "server-only";
import { waitUntilInstanceRunning, waitUntilNatGatewayAvailable } from "@aws-sdk/client-ec2";
import { waitUntilLoadBalancerAvailable } from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { EC2_ACTIONS, ELB_ACTIONS } from "./actions";
import { destroyClients, makeClients, type AwsTarget } from "./clients";
import type { AwsPort, WaitOptions } from "./port";

type AnyCommand = new (input: unknown) => never;

/** A waiter that ran out of time becomes a clear, final WaiterTimeout (not a network timeout to retry). */
async function waiting(what: string, wait: WaitOptions, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const { name, message } = error as Error;
    if (name === "Error" && message.startsWith("{")) throw Object.assign(new Error(`Waiting for ${what}: AWS reports it failed.`), { name: "ResourceFailed" });
    if (name !== "TimeoutError") throw error;
    throw Object.assign(new Error(`Waited ${Math.round(wait.timeoutMs / 1000)} s for ${what}; AWS has not finished.`), { name: "WaiterTimeout" });
  }
}

/** The port over real SDK v3 clients for one region (and optional endpoint). */
export function sdkPort(target: AwsTarget): AwsPort {
  const clients = makeClients(target);
  let calls = 0;
  const waiterConfig = (client: unknown, wait: WaitOptions) => ({
    client: client as never,
    maxWaitTime: Math.max(1, wait.timeoutMs / 1000),
    minDelay: wait.minDelayMs / 1000,
    maxDelay: Math.max(wait.minDelayMs, wait.maxDelayMs) / 1000,
    abortSignal: wait.signal,
  });
  return {
    async ec2(action, input, options) {
      calls++;
      const Command = EC2_ACTIONS[action] as unknown as AnyCommand;
      return (options?.once ? clients.ec2Once : clients.ec2).send(new Command(input)) as never;
    },
    async elb(action, input, options) {
      calls++;
      const Command = ELB_ACTIONS[action] as unknown as AnyCommand;
      return (options?.once ? clients.elbOnce : clients.elb).send(new Command(input)) as never;
    },
    async callerIdentity() {
      calls++;
      const out = await clients.sts.send(new GetCallerIdentityCommand({}));
      return { account: out.Account ?? "unknown", arn: out.Arn ?? "" };
    },
    waitNatGatewayAvailable: (id, wait) => waiting(`NAT gateway ${id} to be available`, wait, () => waitUntilNatGatewayAvailable(waiterConfig(clients.ec2, wait), { NatGatewayIds: [id] })),
    waitInstanceRunning: (id, wait) => waiting(`instance ${id} to be running`, wait, () => waitUntilInstanceRunning(waiterConfig(clients.ec2, wait), { InstanceIds: [id] })),
    waitLoadBalancerAvailable: (arn, wait) => waiting(`load balancer ${arn} to be active`, wait, () => waitUntilLoadBalancerAvailable(waiterConfig(clients.elb, wait), { LoadBalancerArns: [arn] })),
    get calls() {
      return calls;
    },
    close: () => destroyClients(clients),
  };
}
