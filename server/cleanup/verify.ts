import "server-only";
import { DescribeNatGatewaysCommand, DescribeNetworkInterfacesCommand, DescribeVolumesCommand, type Filter } from "@aws-sdk/client-ec2";
import { buildCleanupReport, type CleanupReport, type InventoryItem } from "../../lib/cleanup/report";
import { TAG_DEPLOYMENT } from "../../lib/deploy/tags";
import type { AwsClients } from "../aws/clients";
import { discoverTagged } from "../aws/inventory/discover-tagged";

type VerifyScope = { deploymentId: string; vpcIds: string[]; instanceIds: string[]; natIds: string[] };

async function volumes(clients: AwsClients, scope: VerifyScope): Promise<InventoryItem[]> {
  const byTag: Filter[] = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [scope.deploymentId] }];
  const byInstance: Filter[] = [{ Name: "attachment.instance-id", Values: scope.instanceIds }];
  const queries = [byTag, ...(scope.instanceIds.length > 0 ? [byInstance] : [])];
  const found = await Promise.all(queries.map((Filters) => clients.ec2.send(new DescribeVolumesCommand({ Filters }))));
  const unique = new Map(found.flatMap((out) => out.Volumes ?? []).map((v) => [v.VolumeId ?? "", v]));
  return [...unique.values()].map((v) => ({ kind: "volume", awsId: v.VolumeId ?? "?", state: v.State === "deleting" ? "deleted" : v.State }));
}

/** The network interfaces of the deployment's NAT gateways (AWS lists deleted NATs for an hour). */
async function natInterfaces(clients: AwsClients, natIds: string[]): Promise<Set<string>> {
  if (natIds.length === 0) return new Set();
  const out = await clients.ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: "nat-gateway-id", Values: natIds }] }));
  return new Set((out.NatGateways ?? []).flatMap((n) => n.NatGatewayAddresses ?? []).map((a) => a.NetworkInterfaceId ?? "").filter(Boolean));
}

async function interfaces(clients: AwsClients, scope: VerifyScope, vpcIds: string[], liveVpcs: Set<string>): Promise<InventoryItem[]> {
  if (vpcIds.length === 0) return [];
  const natEnis = await natInterfaces(clients, scope.natIds);
  const out = await clients.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: "vpc-id", Values: vpcIds }] }));
  return (out.NetworkInterfaces ?? []).map((n) => {
    const instanceId = n.Attachment?.InstanceId;
    const isOurs = instanceId ? scope.instanceIds.includes(instanceId) : natEnis.has(n.NetworkInterfaceId ?? "");
    return {
      kind: "network-interface",
      awsId: n.NetworkInterfaceId ?? "?",
      state: n.Status,
      vpcExists: liveVpcs.has(n.VpcId ?? ""),
      isOrphan: isOurs,
      isForeign: Boolean(instanceId) && !isOurs,
      detail: instanceId ? `${n.Description || "network interface"} of instance ${instanceId}` : n.Description || undefined,
    };
  });
}

/**
 * Checks with describe calls what is left of a deployment: everything still tagged with it
 * (NAT gateways, Elastic IPs, load balancers, instances, the VPC and its parts), its volumes,
 * and the network interfaces in its VPCs; then sorts that into the report.
 */
export async function verifyCleanup(clients: AwsClients, scope: VerifyScope): Promise<CleanupReport> {
  const tagged = await discoverTagged(clients, scope.deploymentId);
  const liveVpcs = new Set(tagged.filter((t) => t.kind === "vpc").map((t) => t.awsId));
  const [vols, enis] = await Promise.all([volumes(clients, scope), interfaces(clients, scope, [...new Set([...scope.vpcIds, ...liveVpcs])], liveVpcs)]);
  const items: InventoryItem[] = [
    ...tagged.filter((t) => t.kind !== "listener").map((t) => ({ kind: t.kind, awsId: t.awsId, logicalId: t.logicalId, state: t.state })),
    ...vols,
    ...enis,
  ];
  return buildCleanupReport(items);
}
