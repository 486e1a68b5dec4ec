import "server-only";
import type { Filter } from "@aws-sdk/client-ec2";
import type { InventoryItem } from "../../../lib/cleanup/report";
import { TAG_DEPLOYMENT } from "../../../lib/deploy/tags";
import { liveText } from "../../../lib/live/text";
import { allEc2 } from "../pages";
import type { AwsPort } from "../port";
import { discoverTagged } from "./discover-tagged";

/** What a deployment was: its id and the AWS ids its journal recorded. */
export type LeftoverScope = { deploymentId: string; vpcIds: string[]; instanceIds: string[]; natIds: string[] };

async function volumes(port: AwsPort, scope: LeftoverScope): Promise<InventoryItem[]> {
  const byTag: Filter[] = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [scope.deploymentId] }];
  const byInstance: Filter[] = [{ Name: "attachment.instance-id", Values: scope.instanceIds }];
  const queries = [byTag, ...(scope.instanceIds.length > 0 ? [byInstance] : [])];
  const found = await Promise.all(queries.map((Filters) => allEc2(port, "DescribeVolumes", { Filters }, "Volumes")));
  const unique = new Map(found.flat().map((v) => [v.VolumeId ?? "", v]));
  return [...unique.values()].map((v) => ({ kind: "volume", awsId: v.VolumeId ?? "?", state: v.State === "deleting" ? "deleted" : v.State }));
}

/** The network interfaces of the deployment's NAT gateways (AWS lists deleted NATs for an hour). */
async function natInterfaces(port: AwsPort, natIds: string[]): Promise<Set<string>> {
  if (natIds.length === 0) return new Set();
  const nats = await allEc2(port, "DescribeNatGateways", { Filter: [{ Name: "nat-gateway-id", Values: natIds }] }, "NatGateways");
  return new Set(nats.flatMap((n) => n.NatGatewayAddresses ?? []).map((a) => a.NetworkInterfaceId ?? "").filter(Boolean));
}

async function interfaces(port: AwsPort, scope: LeftoverScope, vpcIds: string[], liveVpcs: Set<string>): Promise<InventoryItem[]> {
  if (vpcIds.length === 0) return [];
  const natEnis = await natInterfaces(port, scope.natIds);
  const found = await allEc2(port, "DescribeNetworkInterfaces", { Filters: [{ Name: "vpc-id", Values: vpcIds }] }, "NetworkInterfaces");
  return found.map((n) => {
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
      about: instanceId ? liveText("interfaceOfInstance", { description: n.Description || "none", instance: instanceId }) : undefined,
    };
  });
}

/**
 * What is left of a deployment, read with describe calls (every page): everything still tagged
 * with it (NAT gateways, Elastic IPs, load balancers, instances, the VPC and its parts), its
 * volumes, and the network interfaces in its VPCs. The cleanup report sorts these.
 */
export async function readLeftovers(port: AwsPort, scope: LeftoverScope): Promise<InventoryItem[]> {
  const tagged = await discoverTagged(port, scope.deploymentId);
  const liveVpcs = new Set(tagged.filter((t) => t.kind === "vpc").map((t) => t.awsId));
  const [vols, enis] = await Promise.all([volumes(port, scope), interfaces(port, scope, [...new Set([...scope.vpcIds, ...liveVpcs])], liveVpcs)]);
  return [...tagged.filter((t) => t.kind !== "listener").map((t) => ({ kind: t.kind, awsId: t.awsId, logicalId: t.logicalId, state: t.state })), ...vols, ...enis];
}
