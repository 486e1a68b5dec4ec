import "server-only";
import type { Instance } from "@aws-sdk/client-ec2";
import { StepError, unlessGone } from "../errors";
import { poll } from "../wait";
import { deleteCall, outputs, ownFilters, str, tagSpec, waitGone } from "./common";
import { withFreshToken } from "./fresh-token";
import type { Provider, ProviderContext } from "./types";

const LIVE_STATES = ["pending", "running"];

const isDead = (i: Instance | undefined) => ["shutting-down", "terminated", "stopping", "stopped"].includes(String(i?.State?.Name));

/** `running` ends the wait; an instance that terminates while starting (capacity, a bad image) ends it with AWS's reason. */
function isRunning(i: Instance | undefined): boolean {
  if (i?.State?.Name === "terminated" || i?.State?.Name === "shutting-down") throw new StepError(i.StateReason?.Code ?? "InstanceTerminated", `The instance stopped starting: ${i.StateReason?.Message ?? i.State.Name}.`);
  return i?.State?.Name === "running";
}

async function describeOne(ctx: ProviderContext, InstanceId: string): Promise<Instance | undefined> {
  const reservations = (await ctx.port.ec2("DescribeInstances", { InstanceIds: [InstanceId] })).Reservations ?? [];
  return reservations.flatMap((r) => r.Instances ?? [])[0];
}

function instanceOutputs(i: Instance | undefined) {
  return outputs({ InstanceId: i?.InstanceId, PrivateIpAddress: i?.PrivateIpAddress, PublicIpAddress: i?.PublicIpAddress, SubnetId: i?.SubnetId, AvailabilityZone: i?.Placement?.AvailabilityZone });
}

/**
 * Instance: RunInstances with a deterministic ClientToken (the SDK would otherwise invent a
 * random one per call, useless across a restart), user data base64-encoded (SDK v3 does not
 * do it), tags on the instance, its volume and its network interface. Ready = `running`.
 */
export const instance: Provider = {
  async find(_inputs, ctx) {
    const filters = [...ownFilters(ctx), { Name: "instance-state-name", Values: LIVE_STATES }];
    const reservations = (await ctx.port.ec2("DescribeInstances", { Filters: filters })).Reservations ?? [];
    const found = reservations.flatMap((r) => r.Instances ?? [])[0];
    return found && instanceOutputs(found);
  },
  async create(inputs, ctx) {
    const groups = (inputs.securityGroupIds as string[]) ?? [];
    const userData = String(inputs.userData ?? "");
    const ImageId = await ctx.resolveImage(str(inputs, "image"));
    const isDeadNow = async (i: Instance | undefined) => Boolean(i?.InstanceId) && isDead(await describeOne(ctx, i!.InstanceId!).catch(() => i));
    const made = await withFreshToken(ctx, isDeadNow, async (ClientToken) => {
      const out = await ctx.port.ec2("RunInstances", {
        ImageId,
        InstanceType: str(inputs, "instanceType") as never,
        MinCount: 1,
        MaxCount: 1,
        ClientToken,
        // Explicit, so the interface never outlives the instance and bills or blocks its subnet.
        NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: str(inputs, "subnetId"), Groups: groups, AssociatePublicIpAddress: inputs.associatePublicIp === true, DeleteOnTermination: true }],
        ...(userData ? { UserData: Buffer.from(userData, "utf8").toString("base64") } : {}),
        TagSpecifications: [...tagSpec("instance", ctx, inputs), ...tagSpec("volume", ctx, inputs)],
      });
      return out.Instances?.[0];
    });
    return instanceOutputs(made);
  },
  async ready(found, _inputs, ctx) {
    const described = await poll(`instance ${found.InstanceId} to be running`, () => describeOne(ctx, found.InstanceId), isRunning, ctx.wait("instance"));
    return { ...found, ...instanceOutputs(described) };
  },
  /** Terminates it and waits for "terminated": its interface blocks the subnet and security group until then. */
  async delete(target, ctx) {
    const result = await deleteCall(() => ctx.port.ec2("TerminateInstances", { InstanceIds: [target.awsId] }));
    await waitGone(ctx, `instance ${target.awsId} to be terminated`, () => unlessGone(() => describeOne(ctx, target.awsId)), (i) => i === "gone" || i?.State?.Name === "terminated");
    return result;
  },
};
