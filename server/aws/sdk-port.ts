import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { EC2_ACTIONS, ELB_ACTIONS } from "./actions";
import { destroyClients, makeClients, type AwsTarget } from "./clients";
import type { AwsPort } from "./port";

type AnyCommand = new (input: unknown) => never;

/** The port over real SDK v3 clients for one region (and optional endpoint). */
export function sdkPort(target: AwsTarget): AwsPort {
  const clients = makeClients(target);
  let calls = 0;
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
    get calls() {
      return calls;
    },
    close: () => destroyClients(clients),
  };
}
