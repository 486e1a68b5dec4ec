import "server-only";
import type { Layer } from "../context";
import { albsWithInterfaces, dig, ec2Filter, liveInstances, nodeText } from "./lookups";

type GroupView = { id: string; name: string; referencedIds: string[] };

async function groups(layer: Layer, region: string, params: Record<string, string>): Promise<GroupView[]> {
  const doc = await layer.moto.query("ec2", region, "DescribeSecurityGroups", params);
  return dig(doc, ["DescribeSecurityGroupsResponse", "securityGroupInfo", "item"]).map((group) => ({
    id: nodeText(group, "groupId"),
    name: nodeText(group, "groupName"),
    referencedIds: [
      ...dig(group, ["ipPermissions", "item", "groups", "item"]),
      ...dig(group, ["ipPermissionsEgress", "item", "groups", "item"]),
    ].map((pair) => nodeText(pair, "groupId")),
  }));
}

/** A VPC's security groups other than `default`, which AWS requires gone before DeleteVpc. */
export async function customSecurityGroups(layer: Layer, region: string, vpcId: string): Promise<GroupView[]> {
  return (await groups(layer, region, ec2Filter("vpc-id", vpcId))).filter((group) => group.name !== "default");
}

/**
 * What keeps a security group from being deleted on AWS: instances not yet terminated, ALBs
 * (live, or deleted while their interfaces linger), and other groups whose rules reference it.
 */
export async function blockersOfSecurityGroup(layer: Layer, region: string, groupId: string): Promise<string[]> {
  const [instances, albs, all] = await Promise.all([
    liveInstances(layer, region, "", ""),
    albsWithInterfaces(layer, region),
    groups(layer, region, {}),
  ]);
  return [
    ...instances.filter((i) => i.groupIds.includes(groupId)).map((i) => `instance ${i.id} (${i.state})`),
    ...albs.filter((a) => a.securityGroupIds.includes(groupId)).map((a) => `load balancer ${a.name}${a.lingering ? "'s network interfaces (still being released)" : ""}`),
    ...all.filter((g) => g.id !== groupId && g.referencedIds.includes(groupId)).map((g) => `a rule of security group ${g.id} (${g.name})`),
  ];
}
