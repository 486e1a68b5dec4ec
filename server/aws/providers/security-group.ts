import "server-only";
import type { IpPermission } from "@aws-sdk/client-ec2";
import { errorCode, unlessGone } from "../errors";
import { deleteCall, outputs, ownFilters, str, tagSpec } from "./common";
import type { Provider } from "./types";

/**
 * Security group: no ClientToken, but names are unique per VPC, so a retried create that
 * meets InvalidGroup.Duplicate adopts the group by name. Deleted after the instances and load
 * balancer interfaces that use it are gone (docs/aws-facts.md §8.2).
 */
export const securityGroup: Provider = {
  async find(inputs, ctx) {
    const byTag = (await ctx.port.ec2("DescribeSecurityGroups", { Filters: ownFilters(ctx) })).SecurityGroups?.[0];
    return byTag && outputs({ GroupId: byTag.GroupId, VpcId: byTag.VpcId, GroupName: byTag.GroupName ?? str(inputs, "groupName") });
  },
  async create(inputs, ctx) {
    const GroupName = str(inputs, "groupName");
    const VpcId = str(inputs, "vpcId");
    try {
      const out = await ctx.port.ec2(
        "CreateSecurityGroup",
        { GroupName, Description: str(inputs, "description"), VpcId, TagSpecifications: tagSpec("security-group", ctx, inputs) },
        { once: true },
      );
      return outputs({ GroupId: out.GroupId, VpcId, GroupName });
    } catch (error) {
      if (errorCode(error) !== "InvalidGroup.Duplicate") throw error;
      const filters = [{ Name: "vpc-id", Values: [VpcId] }, { Name: "group-name", Values: [GroupName] }];
      const existing = (await ctx.port.ec2("DescribeSecurityGroups", { Filters: filters })).SecurityGroups?.[0];
      if (!existing) throw error;
      return outputs({ GroupId: existing.GroupId, VpcId, GroupName });
    }
  },
  delete: (target, ctx) => deleteCall(() => ctx.port.ec2("DeleteSecurityGroup", { GroupId: target.awsId })),
};

/** The permissions that name another security group (self-references never block a delete). */
function crossReferences(permissions: IpPermission[] | undefined, selfId: string): IpPermission[] {
  return (permissions ?? [])
    .map((p) => ({ ...p, UserIdGroupPairs: (p.UserIdGroupPairs ?? []).filter((pair) => pair.GroupId && pair.GroupId !== selfId), IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] }))
    .filter((p) => p.UserIdGroupPairs.length > 0);
}

/**
 * Cleanup only: revokes the group's rules that reference other groups, so groups that
 * reference each other can be deleted in any order (a referenced group answers InvalidGroup.InUse).
 */
export const securityGroupReferences: Provider = {
  async delete(target, ctx) {
    const described = await unlessGone(() => ctx.port.ec2("DescribeSecurityGroups", { GroupIds: [target.awsId] }));
    if (described === "gone") return { revoked: "0" };
    const group = described.SecurityGroups?.[0];
    const ingress = crossReferences(group?.IpPermissions, target.awsId);
    const egress = crossReferences(group?.IpPermissionsEgress, target.awsId);
    if (ingress.length > 0) await unlessGone(() => ctx.port.ec2("RevokeSecurityGroupIngress", { GroupId: target.awsId, IpPermissions: ingress }));
    if (egress.length > 0) await unlessGone(() => ctx.port.ec2("RevokeSecurityGroupEgress", { GroupId: target.awsId, IpPermissions: egress }));
    return { revoked: String(ingress.length + egress.length) };
  },
};
