import "server-only";
import {
  DescribeSecurityGroupsCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
  type IpPermission,
} from "@aws-sdk/client-ec2";
import type { StepOutputs } from "../../../lib/deploy/types";
import { unlessGone } from "../cleanup-errors";
import type { OpContext } from "./delete-context";

/** The permissions that name another security group (self-references never block a delete). */
function crossReferences(permissions: IpPermission[] | undefined, selfId: string): IpPermission[] {
  return (permissions ?? [])
    .map((p) => ({ ...p, UserIdGroupPairs: (p.UserIdGroupPairs ?? []).filter((pair) => pair.GroupId && pair.GroupId !== selfId), IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] }))
    .filter((p) => p.UserIdGroupPairs.length > 0);
}

/**
 * Revokes the group's rules that reference other groups, so groups that reference each other
 * can be deleted in any order (a referenced group answers InvalidGroup.InUse).
 */
export async function revokeGroupReferences(id: string, ctx: OpContext): Promise<StepOutputs> {
  const described = await unlessGone(() => ctx.clients.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [id] })));
  if (described === "gone") return { revoked: "0" };
  const group = described.SecurityGroups?.[0];
  const ingress = crossReferences(group?.IpPermissions, id);
  const egress = crossReferences(group?.IpPermissionsEgress, id);
  if (ingress.length > 0) await unlessGone(() => ctx.clients.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: ingress })));
  if (egress.length > 0) await unlessGone(() => ctx.clients.ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId: id, IpPermissions: egress })));
  return { revoked: String(ingress.length + egress.length) };
}
