import "server-only";
import { disallowedSecurityGroupChars, hasNonAscii, SECURITY_GROUP_TEXT_MAX } from "../../../lib/rules/security-group-charset";
import { awsError } from "../aws-errors";
import type { CallContext } from "../context";
import type { Check } from "./guard";
import { dig, ec2Filter, nodeText } from "./lookups";

// AWS prints its allowed set after two spaces, exactly so (docs/aws-facts.md §13.1).
const SET = "a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*";

function invalid(ctx: CallContext, message: string) {
  return awsError(ctx.call, 400, "InvalidParameterValue", message);
}

/** What AWS answers for one bad text, or undefined when the text is fine. */
function refusalFor(ctx: CallContext, parameter: "GroupName" | "GroupDescription" | "Description", value: string) {
  const tooLong = [...value].length > SECURITY_GROUP_TEXT_MAX;
  if (!tooLong && disallowedSecurityGroupChars(value).length === 0) return undefined;
  if (hasNonAscii(value)) return invalid(ctx, `Value (${value}) for parameter ${parameter} is invalid. Character sets beyond ASCII are not supported.`);
  const what = parameter === "GroupName" ? "security group name" : parameter === "GroupDescription" ? "security group description" : "rule description";
  const noun = parameter === "GroupName" ? "names" : "descriptions";
  return invalid(ctx, `Invalid ${what}. Valid ${noun} are strings less than 256 characters from the following set:  ${SET}`);
}

/** CreateSecurityGroup: name and description charset, the reserved `sg-` prefix. */
export const securityGroupText: Check = (ctx) => {
  const name = ctx.call.params.get("GroupName") ?? "";
  if (name.toLowerCase().startsWith("sg-")) return invalid(ctx, `Value (${name}) for parameter GroupName is invalid. Group names may not be in the format sg-*.`);
  return refusalFor(ctx, "GroupName", name) ?? refusalFor(ctx, "GroupDescription", ctx.call.params.get("GroupDescription") ?? "");
};

const RULE_DESCRIPTION = /^IpPermissions\.\d+\.[A-Za-z0-9]+\.\d+\.Description$/;

/** Authorize/RevokeSecurityGroup*: every rule description (IP ranges, group pairs, prefix lists). */
export const ruleDescriptionText: Check = (ctx) => {
  for (const [key, value] of ctx.call.params) {
    if (!RULE_DESCRIPTION.test(key)) continue;
    const refusal = refusalFor(ctx, "Description", value);
    if (refusal) return refusal;
  }
  return undefined;
};

/**
 * EC2 compares group names case-insensitively within a VPC; moto only refuses the exact name.
 * Without a VpcId the group goes to the default VPC, so that is where names are compared.
 */
export const groupNameUnique: Check = async (ctx) => {
  const { region, params } = ctx.call;
  const name = params.get("GroupName") ?? "";
  const vpcId = params.get("VpcId") ?? (await defaultVpcId(ctx));
  if (!vpcId) return undefined;
  const doc = await ctx.layer.moto.query("ec2", region, "DescribeSecurityGroups", ec2Filter("vpc-id", vpcId));
  const taken = dig(doc, ["DescribeSecurityGroupsResponse", "securityGroupInfo", "item"]).some((g) => nodeText(g, "groupName").toLowerCase() === name.toLowerCase());
  return taken ? awsError(ctx.call, 400, "InvalidGroup.Duplicate", `The security group '${name}' already exists for VPC '${vpcId}'`) : undefined;
};

async function defaultVpcId(ctx: CallContext): Promise<string> {
  const doc = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeVpcs", ec2Filter("is-default", "true"));
  return nodeText(dig(doc, ["DescribeVpcsResponse", "vpcSet", "item"])[0] ?? {}, "vpcId");
}
