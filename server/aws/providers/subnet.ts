import "server-only";
import { deleteCall, outputs, ownFilters, str, tagSpec } from "./common";
import type { Provider } from "./types";

/** Subnet: no ClientToken; found by tag after a lost response. */
export const subnet: Provider = {
  async find(_inputs, ctx) {
    const found = (await ctx.port.ec2("DescribeSubnets", { Filters: ownFilters(ctx) })).Subnets?.[0];
    return found && outputs({ SubnetId: found.SubnetId, AvailabilityZone: found.AvailabilityZone, CidrBlock: found.CidrBlock });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2(
      "CreateSubnet",
      { VpcId: str(inputs, "vpcId"), CidrBlock: str(inputs, "cidr"), AvailabilityZone: str(inputs, "availabilityZone"), TagSpecifications: tagSpec("subnet", ctx, inputs) },
      { once: true },
    );
    return outputs({ SubnetId: out.Subnet?.SubnetId, AvailabilityZone: out.Subnet?.AvailabilityZone, CidrBlock: out.Subnet?.CidrBlock });
  },
  async delete(target, ctx) {
    return deleteCall(() => ctx.port.ec2("DeleteSubnet", { SubnetId: target.awsId }));
  },
};

/** MapPublicIpOnLaunch: a setting, idempotent. */
export const subnetPublicIp: Provider = {
  find: async () => undefined,
  async create(inputs, ctx) {
    const SubnetId = str(inputs, "subnetId");
    await ctx.port.ec2("ModifySubnetAttribute", { SubnetId, MapPublicIpOnLaunch: { Value: inputs.mapPublicIpOnLaunch === true } });
    return { SubnetId };
  },
};
