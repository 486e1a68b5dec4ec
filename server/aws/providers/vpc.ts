import "server-only";
import { deleteCall, outputs, ownFilters, str, tagSpec } from "./common";
import type { Provider } from "./types";

/** VPC: CreateVpc takes no ClientToken, so a lost response is recovered by finding the tag. */
export const vpc: Provider = {
  async find(_inputs, ctx) {
    const out = await ctx.port.ec2("DescribeVpcs", { Filters: ownFilters(ctx) });
    const found = out.Vpcs?.[0];
    return found && outputs({ VpcId: found.VpcId, CidrBlock: found.CidrBlock });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("CreateVpc", { CidrBlock: str(inputs, "cidr"), TagSpecifications: tagSpec("vpc", ctx, inputs) }, { once: true });
    return outputs({ VpcId: out.Vpc?.VpcId, CidrBlock: out.Vpc?.CidrBlock });
  },
  async delete(target, ctx) {
    return deleteCall(() => ctx.port.ec2("DeleteVpc", { VpcId: target.awsId }));
  },
};

/** DNS support and hostnames: one attribute per ModifyVpcAttribute call; repeating is harmless. */
export const vpcDns: Provider = {
  find: async () => undefined,
  async create(inputs, ctx) {
    const VpcId = str(inputs, "vpcId");
    await ctx.port.ec2("ModifyVpcAttribute", { VpcId, EnableDnsSupport: { Value: inputs.enableDnsSupport === true } });
    await ctx.port.ec2("ModifyVpcAttribute", { VpcId, EnableDnsHostnames: { Value: inputs.enableDnsHostnames === true } });
    return { VpcId };
  },
};
