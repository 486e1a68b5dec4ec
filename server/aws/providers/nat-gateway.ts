import "server-only";
import { deleteIgnoringNotFound, outputs, ownFilters, str, tagSpec } from "./common";
import type { Handler } from "./types";

/** Elastic IP: AllocateAddress takes no ClientToken; found by tag after a lost response. */
export const elasticIp: Handler = {
  async find(_inputs, ctx) {
    const found = (await ctx.port.ec2("DescribeAddresses", { Filters: ownFilters(ctx) })).Addresses?.[0];
    return found && outputs({ AllocationId: found.AllocationId, PublicIp: found.PublicIp });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("AllocateAddress", { Domain: "vpc", TagSpecifications: tagSpec("elastic-ip", ctx, inputs) }, { once: true });
    return outputs({ AllocationId: out.AllocationId, PublicIp: out.PublicIp });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("ReleaseAddress", { AllocationId: target.awsId }));
  },
};

/**
 * NAT gateway: ClientToken makes a retried create return the first NAT; find skips NATs that
 * are deleting or deleted (they stay listed for an hour). Ready = `available` (1–2 min on AWS).
 */
export const natGateway: Handler = {
  async find(_inputs, ctx) {
    const filters = [...ownFilters(ctx), { Name: "state", Values: ["pending", "available"] }];
    const found = (await ctx.port.ec2("DescribeNatGateways", { Filter: filters })).NatGateways?.[0];
    return found && outputs({ NatGatewayId: found.NatGatewayId, SubnetId: found.SubnetId });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("CreateNatGateway", {
      SubnetId: str(inputs, "subnetId"),
      AllocationId: str(inputs, "allocationId"),
      ClientToken: ctx.clientToken,
      TagSpecifications: tagSpec("natgateway", ctx, inputs),
    });
    return outputs({ NatGatewayId: out.NatGateway?.NatGatewayId, SubnetId: out.NatGateway?.SubnetId });
  },
  async ready(found, inputs, ctx) {
    await ctx.port.waitNatGatewayAvailable(found.NatGatewayId, ctx.wait("nat"));
    const nat = (await ctx.port.ec2("DescribeNatGateways", { NatGatewayIds: [found.NatGatewayId] })).NatGateways?.[0];
    const address = nat?.NatGatewayAddresses?.[0];
    return outputs({ ...found, AllocationId: address?.AllocationId ?? str(inputs, "allocationId"), PublicIp: address?.PublicIp, PrivateIp: address?.PrivateIp });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("DeleteNatGateway", { NatGatewayId: target.awsId }));
  },
};
