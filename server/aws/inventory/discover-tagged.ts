import "server-only";
import type { Filter, Tag } from "@aws-sdk/client-ec2";
import type { TaggedResource } from "../../../lib/cleanup/sweep-groups";
import { TAG_DEPLOYMENT, TAG_INSTALLATION, TAG_LOGICAL_ID } from "../../../lib/deploy/tags";
import { allEc2, allInstances } from "../pages";
import type { AwsPort } from "../port";
import { discoverElb } from "./discover-elb";

export type { TaggedResource };

const tagOf = (tags: Tag[] | undefined, key: string) => tags?.find((t) => t.Key === key)?.Value;

function scope(deploymentId?: string): Filter[] {
  return deploymentId ? [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [deploymentId] }] : [{ Name: "tag-key", Values: [TAG_DEPLOYMENT] }];
}

function item(kind: string, awsId: string | undefined, tags: Tag[] | undefined, extra: Partial<TaggedResource> = {}): TaggedResource[] {
  const deploymentId = tagOf(tags, TAG_DEPLOYMENT);
  if (!awsId || !deploymentId) return [];
  const name = tagOf(tags, "Name");
  const installationId = tagOf(tags, TAG_INSTALLATION);
  return [{ deploymentId, logicalId: tagOf(tags, TAG_LOGICAL_ID) ?? awsId, kind, awsId, ...(installationId ? { installationId } : {}), ...extra, attributes: { ...(name ? { Name: name } : {}), ...extra.attributes } }];
}

/**
 * Every resource in the region carrying `vpcd:deployment` (one deployment's, or all when no
 * id is given): one paginated describe per EC2 type, plus ELBv2 by tag. Deleted NAT gateways
 * and terminated instances are left out (AWS lists them for an hour; they bill nothing). A
 * resource without the tag is never returned, whatever VPC it sits in. The tag filter is
 * checked again here, so an endpoint that ignores it (moto on NAT gateways) cannot mix
 * another deployment's resources in.
 */
export async function discoverTagged(port: AwsPort, deploymentId?: string): Promise<TaggedResource[]> {
  const Filters = scope(deploymentId);
  const [vpcs, subnets, igws, tables, nats, addresses, groups, instances, elb] = await Promise.all([
    allEc2(port, "DescribeVpcs", { Filters }, "Vpcs"),
    allEc2(port, "DescribeSubnets", { Filters }, "Subnets"),
    allEc2(port, "DescribeInternetGateways", { Filters }, "InternetGateways"),
    allEc2(port, "DescribeRouteTables", { Filters }, "RouteTables"),
    allEc2(port, "DescribeNatGateways", { Filter: Filters }, "NatGateways"),
    port.ec2("DescribeAddresses", { Filters }).then((out) => out.Addresses ?? []),
    allEc2(port, "DescribeSecurityGroups", { Filters }, "SecurityGroups"),
    allInstances(port, { Filters }),
    discoverElb(port, deploymentId),
  ]);
  const found = [
    ...vpcs.flatMap((v) => item("vpc", v.VpcId, v.Tags)),
    ...subnets.flatMap((s) => item("subnet", s.SubnetId, s.Tags)),
    ...igws.flatMap((g) => item("internet-gateway", g.InternetGatewayId, g.Tags)),
    ...tables.flatMap((t) => item("route-table", t.RouteTableId, t.Tags, { attributes: { ...(t.Associations?.some((a) => a.Main) ? { IsMain: "true" } : {}) } })),
    ...nats.filter((n) => n.State !== "deleted").flatMap((n) => item("nat-gateway", n.NatGatewayId, n.Tags, { state: n.State, createdAt: n.CreateTime?.getTime() })),
    ...addresses.flatMap((a) => item("elastic-ip", a.AllocationId, a.Tags, { state: a.AssociationId ? "associated" : "idle" })),
    ...groups.flatMap((g) => item("security-group", g.GroupId, g.Tags)),
    ...instances.filter((i) => i.State?.Name !== "terminated").flatMap((i) => item("instance", i.InstanceId, i.Tags, { state: i.State?.Name, createdAt: i.LaunchTime?.getTime(), attributes: { instanceType: i.InstanceType ?? "" } })),
    ...elb,
  ];
  return deploymentId ? found.filter((r) => r.deploymentId === deploymentId) : found;
}
