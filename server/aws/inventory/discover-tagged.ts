import "server-only";
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type Filter,
  type Tag,
} from "@aws-sdk/client-ec2";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../../lib/deploy/tags";
import type { AwsClients } from "../clients";
import type { TaggedResource } from "../../../lib/cleanup/sweep-groups";
import { discoverElb } from "./discover-elb";

export type { TaggedResource };


const tagOf = (tags: Tag[] | undefined, key: string) => tags?.find((t) => t.Key === key)?.Value;

function scope(deploymentId?: string): Filter[] {
  return deploymentId ? [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [deploymentId] }] : [{ Name: "tag-key", Values: [TAG_DEPLOYMENT] }];
}

function item(kind: string, awsId: string | undefined, tags: Tag[] | undefined, extra: Partial<TaggedResource> = {}): TaggedResource[] {
  const deploymentId = tagOf(tags, TAG_DEPLOYMENT);
  if (!awsId || !deploymentId) return [];
  return [{ deploymentId, logicalId: tagOf(tags, TAG_LOGICAL_ID) ?? awsId, kind, awsId, attributes: { ...(tagOf(tags, "Name") ? { Name: tagOf(tags, "Name")! } : {}) }, ...extra }];
}

/**
 * Every resource in the region carrying `vpcd:deployment` (one deployment's, or all when no
 * id is given): one describe per EC2 type, plus ELBv2 by tag. Deleted NAT gateways and
 * terminated instances are left out (AWS lists them for an hour; they bill nothing). A
 * resource without the tag is never returned, whatever VPC it sits in.
 */
export async function discoverTagged(clients: AwsClients, deploymentId?: string): Promise<TaggedResource[]> {
  const Filters = scope(deploymentId);
  const ec2 = clients.ec2;
  const [vpcs, subnets, igws, tables, nats, addresses, groups, reservations, elb] = await Promise.all([
    ec2.send(new DescribeVpcsCommand({ Filters })),
    ec2.send(new DescribeSubnetsCommand({ Filters })),
    ec2.send(new DescribeInternetGatewaysCommand({ Filters })),
    ec2.send(new DescribeRouteTablesCommand({ Filters })),
    ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters })),
    ec2.send(new DescribeAddressesCommand({ Filters })),
    ec2.send(new DescribeSecurityGroupsCommand({ Filters })),
    ec2.send(new DescribeInstancesCommand({ Filters })),
    discoverElb(clients, deploymentId),
  ]);
  const instances = (reservations.Reservations ?? []).flatMap((r) => r.Instances ?? []);
  return [
    ...(vpcs.Vpcs ?? []).flatMap((v) => item("vpc", v.VpcId, v.Tags)),
    ...(subnets.Subnets ?? []).flatMap((s) => item("subnet", s.SubnetId, s.Tags)),
    ...(igws.InternetGateways ?? []).flatMap((g) => item("internet-gateway", g.InternetGatewayId, g.Tags)),
    ...(tables.RouteTables ?? []).flatMap((t) => item("route-table", t.RouteTableId, t.Tags)),
    ...(nats.NatGateways ?? []).filter((n) => n.State !== "deleted").flatMap((n) => item("nat-gateway", n.NatGatewayId, n.Tags, { state: n.State, createdAt: n.CreateTime?.getTime() })),
    ...(addresses.Addresses ?? []).flatMap((a) => item("elastic-ip", a.AllocationId, a.Tags, { state: a.AssociationId ? "associated" : "idle" })),
    ...(groups.SecurityGroups ?? []).flatMap((g) => item("security-group", g.GroupId, g.Tags)),
    ...instances.filter((i) => i.State?.Name !== "terminated").flatMap((i) => item("instance", i.InstanceId, i.Tags, { state: i.State?.Name, createdAt: i.LaunchTime?.getTime(), attributes: { instanceType: i.InstanceType ?? "" } })),
    ...elb,
  ];
}
