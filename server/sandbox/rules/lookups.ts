import "server-only";
import type { Layer } from "../context";

type Node = Record<string, unknown>;

/**
 * Walks parsed XML along `path`, flattening lists: `dig(doc, ["reservationSet", "item"])`.
 * Empty sets (`<tagSet/>`) parse as "" and yield nothing.
 */
export function dig(node: unknown, path: string[]): Node[] {
  let current: unknown[] = [node];
  for (const key of path) {
    current = current.flatMap((n) => {
      if (!n || typeof n !== "object") return [];
      const value = (n as Node)[key];
      if (value === undefined || value === "") return [];
      return Array.isArray(value) ? value : [value];
    });
  }
  return current as Node[];
}

const text = (node: Node, key: string): string => String(node[key] ?? "");
const filter = (name: string, value: string) => ({ "Filter.1.Name": name, "Filter.1.Value.1": value });

export type InstanceView = { id: string; state: string; publicIp: string; groupIds: string[] };

/**
 * Instances matching an EC2 filter (all when `filterName` is empty) that AWS would not yet
 * report `terminated` (the layer's clock decides). Group ids come from the instance and its
 * interfaces: moto records groups given through NetworkInterfaces only on the interface.
 */
export async function liveInstances(layer: Layer, region: string, filterName: string, value: string): Promise<InstanceView[]> {
  const doc = await layer.moto.query("ec2", region, "DescribeInstances", filterName ? filter(filterName, value) : {});
  return dig(doc, ["DescribeInstancesResponse", "reservationSet", "item", "instancesSet", "item"])
    .map((item) => {
      const id = text(item, "instanceId");
      const groups = [...dig(item, ["groupSet", "item"]), ...dig(item, ["networkInterfaceSet", "item", "groupSet", "item"])];
      const state = layer.clocks.instanceState(id, text(dig(item, ["instanceState"])[0] ?? {}, "name"));
      return { id, state, publicIp: text(item, "ipAddress"), groupIds: [...new Set(groups.map((g) => text(g, "groupId")))] };
    })
    .filter((instance) => instance.state !== "terminated");
}

export type NatView = { id: string; state: string; allocationIds: string[]; subnetId: string };

/** NAT gateways matching an EC2 filter that AWS would not yet report `deleted`. */
export async function liveNats(layer: Layer, region: string, params: Record<string, string>): Promise<NatView[]> {
  const doc = await layer.moto.query("ec2", region, "DescribeNatGateways", params);
  return dig(doc, ["DescribeNatGatewaysResponse", "natGatewaySet", "item"])
    .map((item) => {
      const id = text(item, "natGatewayId");
      const fromMoto = dig(item, ["natGatewayAddressSet", "item"]).map((a) => text(a, "allocationId"));
      const remembered = layer.clocks.natAllocation(id);
      return { id, state: layer.clocks.natState(id, text(item, "state")), subnetId: text(item, "subnetId"), allocationIds: remembered ? [...new Set([...fromMoto, remembered])] : fromMoto };
    })
    .filter((nat) => nat.state !== "deleted" && nat.state !== "failed");
}

export { filter as ec2Filter };

export type AlbView = { name: string; subnetIds: string[]; securityGroupIds: string[]; internetFacing: boolean; lingering: boolean; vpcId?: string };

/** Live ALBs (from moto) plus deleted ones whose network interfaces still linger (from the clocks). */
export async function albsWithInterfaces(layer: Layer, region: string): Promise<AlbView[]> {
  const doc = await layer.moto.query("elasticloadbalancing", region, "DescribeLoadBalancers");
  const live = dig(doc, ["DescribeLoadBalancersResponse", "DescribeLoadBalancersResult", "LoadBalancers", "member"]).map((lb) => ({
    name: text(lb, "LoadBalancerName"),
    vpcId: text(lb, "VpcId"),
    subnetIds: dig(lb, ["AvailabilityZones", "member"]).map((az) => text(az, "SubnetId")),
    securityGroupIds: dig(lb, ["SecurityGroups", "member"]).map(String),
    internetFacing: text(lb, "Scheme") !== "internal",
    lingering: false,
  }));
  const lingering = layer.clocks.lingeringAlbs().map((alb) => ({ ...alb, lingering: true }));
  return [...live, ...lingering];
}

/** Subnet ids of a VPC (to match lingering ALB interfaces to it). */
export async function subnetIdsOf(layer: Layer, region: string, vpcId: string): Promise<string[]> {
  const doc = await layer.moto.query("ec2", region, "DescribeSubnets", filter("vpc-id", vpcId));
  return dig(doc, ["DescribeSubnetsResponse", "subnetSet", "item"]).map((s) => text(s, "subnetId"));
}

export { text as nodeText };
