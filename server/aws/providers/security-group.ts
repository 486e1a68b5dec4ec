import "server-only";
import { errorCode } from "../errors";
import { deleteIgnoringNotFound, outputs, ownFilters, str, tagSpec } from "./common";
import type { Handler } from "./types";

/**
 * Security group: no ClientToken, but names are unique per VPC, so a retried create that
 * meets InvalidGroup.Duplicate adopts the group by name.
 */
export const securityGroup: Handler = {
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
  async delete(target, ctx) {
    await deleteIgnoringNotFound(() => ctx.port.ec2("DeleteSecurityGroup", { GroupId: target.awsId }));
  },
};
