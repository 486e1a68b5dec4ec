import "server-only";
import { errorCode, unlessGone } from "../errors";
import { poll } from "../wait";
import { deleteCall, outputs, ownFilters, str, tagSpec } from "./common";
import type { Provider } from "./types";

/** Internet gateway: no ClientToken; found by tag after a lost response. Deleted once detached. */
export const internetGateway: Provider = {
  async find(_inputs, ctx) {
    const found = (await ctx.port.ec2("DescribeInternetGateways", { Filters: ownFilters(ctx) })).InternetGateways?.[0];
    return found && outputs({ InternetGatewayId: found.InternetGatewayId });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("CreateInternetGateway", { TagSpecifications: tagSpec("internet-gateway", ctx, inputs) }, { once: true });
    return outputs({ InternetGatewayId: out.InternetGateway?.InternetGatewayId });
  },
  delete: (target, ctx) => deleteCall(() => ctx.port.ec2("DeleteInternetGateway", { InternetGatewayId: target.awsId })),
};

const isAttached = (state: unknown) => ["available", "attached"].includes(String(state));

/**
 * Attachment: a second attach fails with Resource.AlreadyAssociated, a natural guard. Its delete
 * detaches the gateway from every VPC it is attached to; AWS refuses while the VPC has mapped
 * public addresses (NAT EIP, instance public IPs, an internet-facing ALB; docs/aws-facts.md §8.2).
 */
export const igwAttachment: Provider = {
  async find(inputs, ctx) {
    const InternetGatewayId = str(inputs, "internetGatewayId");
    const igw = (await ctx.port.ec2("DescribeInternetGateways", { InternetGatewayIds: [InternetGatewayId] })).InternetGateways?.[0];
    const attached = igw?.Attachments?.some((a) => a.VpcId === inputs.vpcId && isAttached(a.State));
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
  /** No SDK waiter exists for "attached" (docs/aws-facts.md §7.2): poll until the attachment is available. */
  async ready(found, _inputs, ctx) {
    await poll(
      `internet gateway ${found.InternetGatewayId} to be attached`,
      () => ctx.port.ec2("DescribeInternetGateways", { InternetGatewayIds: [found.InternetGatewayId] }),
      (out) => (out.InternetGateways?.[0]?.Attachments ?? []).some((a) => a.VpcId === found.VpcId && isAttached(a.State)),
      ctx.wait("attachment"),
    );
    return found;
  },
  async delete(target, ctx) {
    const described = await unlessGone(() => ctx.port.ec2("DescribeInternetGateways", { InternetGatewayIds: [target.awsId] }));
    if (described === "gone") return { result: "already-gone" };
    const vpcIds = (described.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => a.VpcId).filter((v): v is string => Boolean(v));
    for (const VpcId of vpcIds) await unlessGone(() => ctx.port.ec2("DetachInternetGateway", { InternetGatewayId: target.awsId, VpcId }));
    return { result: vpcIds.length > 0 ? "detached" : "not-attached" };
  },
};
