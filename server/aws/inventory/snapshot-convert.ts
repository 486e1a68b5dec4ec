import "server-only";
import type { Instance, IpPermission, NatGateway, RouteTable, SecurityGroup, Tag } from "@aws-sdk/client-ec2";
import { TAG_LOGICAL_ID } from "../../../lib/deploy/tags";
import type { RuleView, SnapshotInstance, SnapshotNat, SnapshotRouteTable, SnapshotSecurityGroup } from "../../../lib/live/snapshot";

/** The design entity id a resource was tagged with. */
export const logicalOf = (tags: Tag[] | undefined) => tags?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value;

/** One rule per peer, the way the design lists them. */
function rules(permissions: IpPermission[] | undefined): RuleView[] {
  return (permissions ?? []).flatMap((p) => {
    const base = { protocol: p.IpProtocol ?? "-1", fromPort: p.FromPort ?? 0, toPort: p.ToPort ?? 65535 };
    const normal = base.protocol === "-1" ? { ...base, fromPort: 0, toPort: 65535 } : base;
    return [
      ...(p.IpRanges ?? []).map((r) => ({ ...normal, peer: r.CidrIp ?? "" })),
      ...(p.UserIdGroupPairs ?? []).map((g) => ({ ...normal, peer: g.GroupId ?? "" })),
    ];
  });
}

export function toGroup(g: SecurityGroup): SnapshotSecurityGroup {
  return { id: g.GroupId!, logicalId: logicalOf(g.Tags), name: g.GroupName ?? "", ingress: rules(g.IpPermissions), egress: rules(g.IpPermissionsEgress) };
}

export function toRouteTable(t: RouteTable): SnapshotRouteTable {
  return {
    id: t.RouteTableId!,
    logicalId: logicalOf(t.Tags),
    subnetIds: (t.Associations ?? []).map((a) => a.SubnetId ?? "").filter(Boolean),
    routes: (t.Routes ?? []).map((r) => ({
      destination: r.DestinationCidrBlock ?? r.DestinationPrefixListId ?? "",
      target: r.GatewayId ?? r.NatGatewayId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? "?",
      state: r.State ?? "active",
    })),
  };
}

export function toNat(n: NatGateway): SnapshotNat {
  const address = n.NatGatewayAddresses?.[0];
  return { id: n.NatGatewayId!, logicalId: logicalOf(n.Tags), state: n.State ?? "", subnetId: n.SubnetId ?? "", publicIp: address?.PublicIp, allocationId: address?.AllocationId, failure: n.FailureMessage };
}

export function toInstance(i: Instance): SnapshotInstance {
  return { id: i.InstanceId!, logicalId: logicalOf(i.Tags), state: i.State?.Name ?? "", privateIp: i.PrivateIpAddress, publicIp: i.PublicIpAddress, subnetId: i.SubnetId };
}
