import "server-only";
import type { NatGateway } from "@aws-sdk/client-ec2";
import { StepError, unlessGone } from "../errors";
import { poll } from "../wait";
import { deleteCall, outputs, ownFilters, str, tagSpec, waitGone } from "./common";
import { withFreshToken } from "./fresh-token";
import type { Provider } from "./types";

/** Elastic IP: AllocateAddress takes no ClientToken; found by tag after a lost response. */
export const elasticIp: Provider = {
  async find(_inputs, ctx) {
    const found = (await ctx.port.ec2("DescribeAddresses", { Filters: ownFilters(ctx) })).Addresses?.[0];
    return found && outputs({ AllocationId: found.AllocationId, PublicIp: found.PublicIp });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.ec2("AllocateAddress", { Domain: "vpc", TagSpecifications: tagSpec("elastic-ip", ctx, inputs) }, { once: true });
    return outputs({ AllocationId: out.AllocationId, PublicIp: out.PublicIp });
  },
  /** AWS refuses (InvalidIPAddress.InUse) while a NAT gateway still holds it; an idle address still bills. */
  delete: (target, ctx) => deleteCall(() => ctx.port.ec2("ReleaseAddress", { AllocationId: target.awsId })),
};

const isDead = (nat: NatGateway | undefined) => ["failed", "deleting", "deleted"].includes(String(nat?.State));

/** `available` ends the wait; `failed` ends it with AWS's FailureCode and FailureMessage. */
function isAvailable(nat: NatGateway | undefined): boolean {
  if (nat?.State === "failed") throw new StepError(nat.FailureCode ?? "NatGatewayFailed", `AWS reports the NAT gateway failed: ${nat.FailureMessage ?? "no reason given"}${nat.FailureCode ? ` (${nat.FailureCode})` : ""}.`);
  return nat?.State === "available";
}

/**
 * NAT gateway: ClientToken makes a retried create return the first NAT; find skips NATs that
 * are deleting or deleted (they stay listed for an hour), and a token whose NAT has since died
 * is replaced by the next one (AWS keeps tokens for at least a day; docs/aws-facts.md §7.3).
 * Ready = `available` (1–2 min on AWS); deleted = `deleted`, only then is its EIP free.
 */
export const natGateway: Provider = {
  async find(_inputs, ctx) {
    const filters = [...ownFilters(ctx), { Name: "state", Values: ["pending", "available"] }];
    // Checked here as well: an endpoint that ignores tag filters on this call (moto does,
    // docs/moto-notes.md §7) would otherwise hand back another step's NAT gateway to adopt.
    const tagged = (n: NatGateway) => ownFilters(ctx).every((f) => n.Tags?.some((t) => `tag:${t.Key}` === f.Name && f.Values.includes(t.Value ?? "")));
    const found = (await ctx.port.ec2("DescribeNatGateways", { Filter: filters })).NatGateways?.find(tagged);
    return found && outputs({ NatGatewayId: found.NatGatewayId, SubnetId: found.SubnetId });
  },
  async create(inputs, ctx) {
    // AWS answers a repeated token with the original (pending) answer: look at the gateway now.
    const isDeadNow = async (n: NatGateway | undefined) => {
      if (!n?.NatGatewayId) return false;
      const now = await ctx.port.ec2("DescribeNatGateways", { NatGatewayIds: [n.NatGatewayId] }).then((out) => out.NatGateways?.[0], () => n);
      return isDead(now ?? n);
    };
    const nat = await withFreshToken(ctx, isDeadNow, async (ClientToken) => {
      const out = await ctx.port.ec2("CreateNatGateway", { SubnetId: str(inputs, "subnetId"), AllocationId: str(inputs, "allocationId"), ClientToken, TagSpecifications: tagSpec("natgateway", ctx, inputs) });
      return out.NatGateway;
    });
    return outputs({ NatGatewayId: nat?.NatGatewayId, SubnetId: nat?.SubnetId });
  },
  async ready(found, inputs, ctx) {
    const described = await poll(`NAT gateway ${found.NatGatewayId} to be available`, () => ctx.port.ec2("DescribeNatGateways", { NatGatewayIds: [found.NatGatewayId] }), (out) => isAvailable(out.NatGateways?.[0]), ctx.wait("nat"));
    const address = described.NatGateways?.[0]?.NatGatewayAddresses?.[0];
    return outputs({ ...found, AllocationId: address?.AllocationId ?? str(inputs, "allocationId"), PublicIp: address?.PublicIp, PrivateIp: address?.PrivateIp });
  },
  async delete(target, ctx) {
    const result = await deleteCall(() => ctx.port.ec2("DeleteNatGateway", { NatGatewayId: target.awsId }));
    await waitGone(ctx, `NAT gateway ${target.awsId} to be deleted`, () => unlessGone(() => ctx.port.ec2("DescribeNatGateways", { NatGatewayIds: [target.awsId] })), (out) => out === "gone" || (out.NatGateways ?? []).every((n) => n.State === "deleted"));
    return result;
  },
};
