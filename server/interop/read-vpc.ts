import "server-only";
import type { AwsPort } from "../aws/port";
import type { DescribedVpc } from "../../lib/interop/described";

/** Pages of an EC2 describe call until NextToken runs out. */
async function allPages<T>(call: (token?: string) => Promise<{ NextToken?: string; items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await call(token);
    out.push(...page.items);
    token = page.NextToken;
  } while (token);
  return out;
}

/** Pages of an ELBv2 describe call until NextMarker runs out. */
async function allMarkers<T>(call: (marker?: string) => Promise<{ NextMarker?: string; items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const page = await call(marker);
    out.push(...page.items);
    marker = page.NextMarker;
  } while (marker);
  return out;
}

const byId = <T>(key: (t: T) => string | undefined) => (a: T, b: T) => String(key(a)).localeCompare(String(key(b)));

/**
 * Reads everything of one VPC the design can hold, through the port only, following every
 * NextToken and Marker. Lists are sorted by AWS id so the same VPC imports the same way.
 */
export async function readVpc(port: AwsPort, region: string, vpcId: string): Promise<DescribedVpc> {
  const inVpc = [{ Name: "vpc-id", Values: [vpcId] }];
  const vpc = (await port.ec2("DescribeVpcs", { VpcIds: [vpcId] })).Vpcs?.[0];
  if (!vpc) throw Object.assign(new Error(`No VPC ${vpcId} in ${region}.`), { name: "NotFound" });
  const subnets = await allPages(async (NextToken) => { const r = await port.ec2("DescribeSubnets", { Filters: inVpc, NextToken }); return { NextToken: r.NextToken, items: r.Subnets ?? [] }; });
  const internetGateways = await allPages(async (NextToken) => { const r = await port.ec2("DescribeInternetGateways", { Filters: [{ Name: "attachment.vpc-id", Values: [vpcId] }], NextToken }); return { NextToken: r.NextToken, items: r.InternetGateways ?? [] }; });
  const natGateways = await allPages(async (NextToken) => { const r = await port.ec2("DescribeNatGateways", { Filter: [...inVpc, { Name: "state", Values: ["pending", "available"] }], NextToken }); return { NextToken: r.NextToken, items: r.NatGateways ?? [] }; });
  const allocations = natGateways.flatMap((n) => (n.NatGatewayAddresses ?? []).map((a) => a.AllocationId!)).filter(Boolean);
  const addresses = allocations.length ? ((await port.ec2("DescribeAddresses", { AllocationIds: allocations })).Addresses ?? []) : [];
  const routeTables = await allPages(async (NextToken) => { const r = await port.ec2("DescribeRouteTables", { Filters: inVpc, NextToken }); return { NextToken: r.NextToken, items: r.RouteTables ?? [] }; });
  const securityGroups = await allPages(async (NextToken) => { const r = await port.ec2("DescribeSecurityGroups", { Filters: inVpc, NextToken }); return { NextToken: r.NextToken, items: r.SecurityGroups ?? [] }; });
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
    instances: instances.sort(byId((i) => i.InstanceId)),
    imageNames: Object.fromEntries(images.map((i) => [i.ImageId!, i.Name ?? ""])),
    targetGroups,
    loadBalancers,
  };
}

/** Live instances of the VPC with their user data (one DescribeInstanceAttribute each). */
async function readInstances(port: AwsPort, inVpc: Array<{ Name: string; Values: string[] }>): Promise<DescribedVpc["instances"]> {
  const filters = [...inVpc, { Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }];
  const reservations = await allPages(async (NextToken) => { const r = await port.ec2("DescribeInstances", { Filters: filters, NextToken }); return { NextToken: r.NextToken, items: r.Reservations ?? [] }; });
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
  const lbs = (await allMarkers(async (Marker) => { const r = await port.elb("DescribeLoadBalancers", { Marker }); return { NextMarker: r.NextMarker, items: r.LoadBalancers ?? [] }; })).filter((l) => l.VpcId === vpcId);
  const tgs = (await allMarkers(async (Marker) => { const r = await port.elb("DescribeTargetGroups", { Marker }); return { NextMarker: r.NextMarker, items: r.TargetGroups ?? [] }; })).filter((t) => t.VpcId === vpcId);
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
    const listeners = await allMarkers(async (Marker) => { const r = await port.elb("DescribeListeners", { LoadBalancerArn: lb.LoadBalancerArn, Marker }); return { NextMarker: r.NextMarker, items: r.Listeners ?? [] }; });
    loadBalancers.push({ ...lb, listeners: listeners.sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0)), Tags: tags.get(lb.LoadBalancerArn!) });
  }
  return { targetGroups, loadBalancers };
}
