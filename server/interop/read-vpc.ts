import "server-only";
import { allEc2, allElb } from "../aws/pages";
import type { AwsPort } from "../aws/port";
import type { DescribedVpc } from "../../lib/interop/described";

const byId = <T>(key: (t: T) => string | undefined) => (a: T, b: T) => String(key(a)).localeCompare(String(key(b)));

/**
 * Reads everything of one VPC the design can hold, through the port only, following every
 * NextToken and Marker (docs/aws-facts.md §7.5). Lists are sorted by AWS id so the same VPC
 * imports the same way.
 */
export async function readVpc(port: AwsPort, region: string, vpcId: string): Promise<DescribedVpc> {
  const inVpc = [{ Name: "vpc-id", Values: [vpcId] }];
  const vpc = (await port.ec2("DescribeVpcs", { VpcIds: [vpcId] })).Vpcs?.[0];
  if (!vpc) throw Object.assign(new Error(`No VPC ${vpcId} in ${region}.`), { name: "NotFound" });
  const subnets = await allEc2(port, "DescribeSubnets", { Filters: inVpc }, "Subnets");
  const internetGateways = await allEc2(port, "DescribeInternetGateways", { Filters: [{ Name: "attachment.vpc-id", Values: [vpcId] }] }, "InternetGateways");
  const natGateways = await allEc2(port, "DescribeNatGateways", { Filter: [...inVpc, { Name: "state", Values: ["pending", "available"] }] }, "NatGateways");
  const allocations = natGateways.flatMap((n) => (n.NatGatewayAddresses ?? []).map((a) => a.AllocationId!)).filter(Boolean);
  const addresses = allocations.length ? ((await port.ec2("DescribeAddresses", { AllocationIds: allocations })).Addresses ?? []) : [];
  const routeTables = await allEc2(port, "DescribeRouteTables", { Filters: inVpc }, "RouteTables");
  const securityGroups = await allEc2(port, "DescribeSecurityGroups", { Filters: inVpc }, "SecurityGroups");
  const networkAcls = await allEc2(port, "DescribeNetworkAcls", { Filters: inVpc }, "NetworkAcls");
  const vpcEndpoints = await allEc2(port, "DescribeVpcEndpoints", { Filters: inVpc }, "VpcEndpoints");
  const instances = await readInstances(port, inVpc);
  const imageIds = [...new Set(instances.map((i) => i.ImageId!).filter(Boolean))];
  const images = imageIds.length ? ((await port.ec2("DescribeImages", { ImageIds: imageIds })).Images ?? []) : [];
  const { targetGroups, loadBalancers } = await readLoadBalancing(port, vpcId);
  return {
    region,
    vpc,
    subnets: subnets.sort(byId((s) => s.SubnetId)),
    internetGateways: internetGateways.sort(byId((g) => g.InternetGatewayId)),
    natGateways: natGateways.sort(byId((n) => n.NatGatewayId)),
    addresses,
    routeTables: routeTables.sort(byId((t) => t.RouteTableId)),
    securityGroups: securityGroups.sort(byId((g) => g.GroupId)),
    networkAcls: networkAcls.sort(byId((a) => a.NetworkAclId)),
    vpcEndpoints: vpcEndpoints.sort(byId((e) => e.VpcEndpointId)),
    instances: instances.sort(byId((i) => i.InstanceId)),
    imageNames: Object.fromEntries(images.map((i) => [i.ImageId!, i.Name ?? ""])),
    targetGroups,
    loadBalancers,
  };
}

/** Live instances of the VPC with their user data (one DescribeInstanceAttribute each). */
async function readInstances(port: AwsPort, inVpc: Array<{ Name: string; Values: string[] }>): Promise<DescribedVpc["instances"]> {
  const filters = [...inVpc, { Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }];
  const reservations = await allEc2(port, "DescribeInstances", { Filters: filters }, "Reservations");
  const out: DescribedVpc["instances"] = [];
  for (const i of reservations.flatMap((r) => r.Instances ?? [])) {
    const attribute = await port.ec2("DescribeInstanceAttribute", { InstanceId: i.InstanceId!, Attribute: "userData" });
    const encoded = attribute.UserData?.Value ?? "";
    out.push({ ...i, userData: encoded ? Buffer.from(encoded, "base64").toString("utf8") : "" });
  }
  return out;
}

/** Target groups and ALBs of the VPC, with targets, listeners and tags. */
async function readLoadBalancing(port: AwsPort, vpcId: string): Promise<Pick<DescribedVpc, "targetGroups" | "loadBalancers">> {
  const lbs = (await allElb(port, "DescribeLoadBalancers", {}, "LoadBalancers")).filter((l) => l.VpcId === vpcId);
  const tgs = (await allElb(port, "DescribeTargetGroups", {}, "TargetGroups")).filter((t) => t.VpcId === vpcId);
  const arns = [...lbs.map((l) => l.LoadBalancerArn!), ...tgs.map((t) => t.TargetGroupArn!)];
  const tags = new Map<string, Array<{ Key?: string; Value?: string }>>();
  for (let i = 0; i < arns.length; i += 20) {
    for (const d of (await port.elb("DescribeTags", { ResourceArns: arns.slice(i, i + 20) })).TagDescriptions ?? []) tags.set(d.ResourceArn!, d.Tags ?? []);
  }
  const targetGroups: DescribedVpc["targetGroups"] = [];
  for (const tg of tgs.sort(byId((t) => t.TargetGroupArn))) {
    const health = (await port.elb("DescribeTargetHealth", { TargetGroupArn: tg.TargetGroupArn })).TargetHealthDescriptions ?? [];
    targetGroups.push({ ...tg, targetIds: health.map((h) => h.Target?.Id ?? "").filter(Boolean).sort(), Tags: tags.get(tg.TargetGroupArn!) });
  }
  const loadBalancers: DescribedVpc["loadBalancers"] = [];
  for (const lb of lbs.sort(byId((l) => l.LoadBalancerArn))) {
    const listeners = await allElb(port, "DescribeListeners", { LoadBalancerArn: lb.LoadBalancerArn }, "Listeners");
    loadBalancers.push({ ...lb, listeners: listeners.sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0)), Tags: tags.get(lb.LoadBalancerArn!) });
  }
  return { targetGroups, loadBalancers };
}
