import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { GetParametersCommand } from "@aws-sdk/client-ssm";
import { GetRoleCommand } from "@aws-sdk/client-iam";
import { EC2_ACTIONS, ELB_ACTIONS } from "./actions";
import { destroyClients, makeClients, makeIamClient, makeSsmClient, type AwsTarget } from "./clients";
import type { AwsPort } from "./port";

type AnyCommand = new (input: unknown) => never;

/** The port over real SDK v3 clients for one region (and optional endpoint). */
export function sdkPort(target: AwsTarget): AwsPort {
  const clients = makeClients(target);
  // SSM and IAM serve only the preflight: made on first use, so a deploy's port does not build them.
  let ssm: ReturnType<typeof makeSsmClient> | undefined;
  let iam: ReturnType<typeof makeIamClient> | undefined;
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
    async ssmParameters(names) {
      calls++;
      const out = await (ssm ??= makeSsmClient(target)).send(new GetParametersCommand({ Names: names }));
      const values = Object.fromEntries((out.Parameters ?? []).filter((p) => p.Name && p.Value).map((p) => [p.Name!, p.Value!]));
      return { values, invalid: out.InvalidParameters ?? [] };
    },
    async iamRole(name) {
      calls++;
      const out = await (iam ??= makeIamClient(target)).send(new GetRoleCommand({ RoleName: name }));
      return { arn: out.Role?.Arn ?? "" };
    },
    get calls() {
      return calls;
    },
    close: () => {
      destroyClients(clients);
      ssm?.destroy();
      iam?.destroy();
    },
  };
}
