import "server-only";
import type { IpPermission } from "@aws-sdk/client-ec2";
import { errorCode } from "../errors";
import type { ResolvedValue } from "../../engine/resolve";
import { str } from "./common";
import type { Provider, ProviderContext } from "./types";

/** A rule as the plan states it, peers already resolved to a CIDR or a group id. */
type RuleInput = { protocol: string; fromPort: number; toPort: number; cidr?: string; groupId?: string; description?: string };

const ALL_EGRESS: RuleInput = { protocol: "-1", fromPort: 0, toPort: 0, cidr: "0.0.0.0/0" };

function toPermission(rule: RuleInput): IpPermission {
  const ports = rule.protocol === "-1" ? {} : { FromPort: rule.fromPort, ToPort: rule.toPort };
  const peer = rule.groupId ? { UserIdGroupPairs: [{ GroupId: rule.groupId, Description: rule.description || undefined }] } : { IpRanges: [{ CidrIp: rule.cidr, Description: rule.description || undefined }] };
  return { IpProtocol: rule.protocol, ...ports, ...peer };
}

const sameRule = (p: IpPermission, r: RuleInput) =>
  p.IpProtocol === r.protocol &&
  (r.protocol === "-1" || (p.FromPort === r.fromPort && p.ToPort === r.toPort)) &&
  (r.groupId ? (p.UserIdGroupPairs ?? []).some((g) => g.GroupId === r.groupId) : (p.IpRanges ?? []).some((ip) => ip.CidrIp === r.cidr));

const rules = (value: ResolvedValue | undefined) => (Array.isArray(value) ? (value as unknown as RuleInput[]) : []);

/**
 * Ingress and egress rules of one group. Looks at the group first and authorises only what
 * is missing, so a retry or resume never trips InvalidPermission.Duplicate. AWS's default
 * allow-all egress is revoked only when the design's egress differs from it.
 */
export const securityGroupRules: Provider = {
  find: async () => undefined,
  async create(inputs, ctx) {
    const GroupId = str(inputs, "groupId");
    const group = (await ctx.port.ec2("DescribeSecurityGroups", { GroupIds: [GroupId] })).SecurityGroups?.[0];
    const missingIn = rules(inputs.ingress).filter((r) => !(group?.IpPermissions ?? []).some((p) => sameRule(p, r)));
    const missingOut = rules(inputs.egress).filter((r) => !(group?.IpPermissionsEgress ?? []).some((p) => sameRule(p, r)));
    if (missingIn.length) await authorize(ctx, "AuthorizeSecurityGroupIngress", GroupId, missingIn);
    if (missingOut.length) await authorize(ctx, "AuthorizeSecurityGroupEgress", GroupId, missingOut);
    const hasDefault = (group?.IpPermissionsEgress ?? []).some((p) => sameRule(p, ALL_EGRESS));
    if (inputs.revokeDefaultEgress === true && hasDefault) {
      await tolerate(ctx.port.ec2("RevokeSecurityGroupEgress", { GroupId, IpPermissions: [toPermission(ALL_EGRESS)] }), "InvalidPermission.NotFound");
    }
    return { GroupId };
  },
};

async function authorize(ctx: ProviderContext, action: "AuthorizeSecurityGroupIngress" | "AuthorizeSecurityGroupEgress", GroupId: string, list: RuleInput[]) {
  await tolerate(ctx.port.ec2(action, { GroupId, IpPermissions: list.map(toPermission) }), "InvalidPermission.Duplicate");
}

async function tolerate(call: Promise<unknown>, code: string): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (errorCode(error) !== code) throw error;
  }
}
