import "server-only";
import { errorCode } from "../errors";
import { poll } from "../wait";
import { deleteIgnoringNotFound, outputs, ownFilters, str, tagSpec } from "./common";
import type { Handler } from "./types";

/** Internet gateway: no ClientToken; found by tag after a lost response. */
export const internetGateway: Handler = {
  async find(_inputs, ctx) {
    const found = (await ctx.port.ec2("DescribeInternetGateways", { Filters: ownFilters(ctx) })).InternetGateways?.[0];
    return found && outputs({ InternetGatewayId: found.InternetGatewayId });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("CreateInternetGateway", { TagSpecifications: tagSpec("internet-gateway", ctx, inputs) }, { once: true });
    return outputs({ InternetGatewayId: out.InternetGateway?.InternetGatewayId });
  },
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("DeleteInternetGateway", { InternetGatewayId: target.awsId }));
  },
};

/** Attachment: a second attach fails with Resource.AlreadyAssociated, a natural guard. */
export const igwAttachment: Handler = {
  async find(inputs, ctx) {
    const InternetGatewayId = str(inputs, "internetGatewayId");
    const igw = (await ctx.port.ec2("DescribeInternetGateways", { InternetGatewayIds: [InternetGatewayId] })).InternetGateways?.[0];
    const attached = igw?.Attachments?.some((a) => a.VpcId === inputs.vpcId && ["available", "attached"].includes(String(a.State)));
    return attached ? { InternetGatewayId, VpcId: str(inputs, "vpcId") } : undefined;
  },
  async create(inputs, ctx) {
    const InternetGatewayId = str(inputs, "internetGatewayId");
    const VpcId = str(inputs, "vpcId");
    try {
      await ctx.port.ec2("AttachInternetGateway", { InternetGatewayId, VpcId });
    } catch (error) {
      if (errorCode(error) !== "Resource.AlreadyAssociated") throw error;
    }
    return { InternetGatewayId, VpcId };
  },
  /** No SDK waiter exists for "attached" (AWS-RULES §7.2): poll until the attachment is available. */
  async ready(found, _inputs, ctx) {
    await poll(
      () => ctx.port.ec2("DescribeInternetGateways", { InternetGatewayIds: [found.InternetGatewayId] }),
      (out) => (out.InternetGateways?.[0]?.Attachments ?? []).some((a) => a.VpcId === found.VpcId && ["available", "attached"].includes(String(a.State))),
      { ...ctx.wait("instance"), timeoutMs: 4 * 60_000 },
    );
    return found;
  },
  async delete(target, ctx) {
    try {
      await ctx.port.ec2("DetachInternetGateway", { InternetGatewayId: target.awsId, VpcId: target.attributes.VpcId });
    } catch (error) {
      if (!["Gateway.NotAttached", "InvalidInternetGatewayID.NotFound"].includes(errorCode(error))) throw error;
    }
  },
};
