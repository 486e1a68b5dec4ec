import "server-only";
import type { Instance } from "@aws-sdk/client-ec2";
import { outputs, ownFilters, str, tagSpec } from "./common";
import type { Handler } from "./types";

const LIVE_STATES = ["pending", "running"];

function instanceOutputs(i: Instance | undefined) {
  return outputs({ InstanceId: i?.InstanceId, PrivateIpAddress: i?.PrivateIpAddress, PublicIpAddress: i?.PublicIpAddress, SubnetId: i?.SubnetId, AvailabilityZone: i?.Placement?.AvailabilityZone });
}

/**
 * Instance: RunInstances with a deterministic ClientToken (the SDK would otherwise invent a
 * random one per call, useless across a restart), user data base64-encoded (SDK v3 does not
 * do it), tags on the instance, its volume and its network interface. Ready = `running`.
 */
export const instance: Handler = {
  async find(_inputs, ctx) {
    const filters = [...ownFilters(ctx), { Name: "instance-state-name", Values: LIVE_STATES }];
    const reservations = (await ctx.port.ec2("DescribeInstances", { Filters: filters })).Reservations ?? [];
    const found = reservations.flatMap((r) => r.Instances ?? [])[0];
    return found && instanceOutputs(found);
  },
  async create(inputs, ctx) {
    const groups = (inputs.securityGroupIds as string[]) ?? [];
    const userData = String(inputs.userData ?? "");
    const out = await ctx.port.ec2("RunInstances", {
      ImageId: await ctx.resolveImage(str(inputs, "image")),
      InstanceType: str(inputs, "instanceType") as never,
      MinCount: 1,
      MaxCount: 1,
      ClientToken: ctx.clientToken,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: str(inputs, "subnetId"), Groups: groups, AssociatePublicIpAddress: inputs.associatePublicIp === true }],
      ...(userData ? { UserData: Buffer.from(userData, "utf8").toString("base64") } : {}),
      TagSpecifications: [...tagSpec("instance", ctx, inputs), ...tagSpec("volume", ctx, inputs)],
    });
    return instanceOutputs(out.Instances?.[0]);
  },
  async ready(found, _inputs, ctx) {
    await ctx.port.waitInstanceRunning(found.InstanceId, ctx.wait("instance"));
    const reservations = (await ctx.port.ec2("DescribeInstances", { InstanceIds: [found.InstanceId] })).Reservations ?? [];
    return { ...found, ...instanceOutputs(reservations.flatMap((r) => r.Instances ?? [])[0]) };
  },
  async delete(target, ctx) {
    try {
      await ctx.port.ec2("TerminateInstances", { InstanceIds: [target.awsId!] });
    } catch (error) {
      if (!/NotFound/.test(String((error as Error).name))) throw error;
    }
  },
};
