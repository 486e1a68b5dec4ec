import "server-only";
import type { Filter } from "@aws-sdk/client-ec2";
import { allEc2, allElb, allInstances } from "../pages";
import type { AwsPort } from "../port";

/** Something that stops a delete, named for people: "instance i-0ab (web-a) is shutting-down". */
export type Blocker = { kind: string; awsId: string; logicalId?: string; text: string };

type Find = (port: AwsPort, awsId: string, name: (id: string) => string) => Promise<Blocker[]>;

const f = (Name: string, value: string): Filter[] => [{ Name, Values: [value] }];

async function enis(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Blocker[]> {
  return (await allEc2(port, "DescribeNetworkInterfaces", { Filters: filters }, "NetworkInterfaces")).map((n) => {
    const owner = n.Attachment?.InstanceId ? `of instance ${name(n.Attachment.InstanceId)}` : n.Description ? `"${n.Description}"` : n.InterfaceType ?? "";
    return { kind: "network-interface", awsId: n.NetworkInterfaceId ?? "?", text: `network interface ${n.NetworkInterfaceId} ${owner} (${n.Status})` };
  });
}

async function instances(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Blocker[]> {
  // States are filtered here, not by AWS: the answer is what AWS reports now.
  return (await allInstances(port, { Filters: filters })).filter((i) => i.State?.Name !== "terminated").map((i) => ({ kind: "instance", awsId: i.InstanceId ?? "?", text: `instance ${name(i.InstanceId ?? "?")} is ${i.State?.Name}` }));
}

async function natGateways(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Blocker[]> {
  return (await allEc2(port, "DescribeNatGateways", { Filter: filters }, "NatGateways")).filter((n) => n.State !== "deleted" && n.State !== "failed").map((n) => ({ kind: "nat-gateway", awsId: n.NatGatewayId ?? "?", text: `NAT gateway ${name(n.NatGatewayId ?? "?")} is ${n.State}${n.NatGatewayAddresses?.[0]?.PublicIp ? ` and holds ${n.NatGatewayAddresses[0].PublicIp}` : ""}` }));
}

async function listIds(what: string, kind: string, ids: string[], name: (id: string) => string): Promise<Blocker[]> {
  return ids.map((id) => ({ kind, awsId: id, text: `${what} ${name(id)} is still there` }));
}

/** Finders per cleanup step kind: what AWS would say blocks it, had it said (it does not, §8.2). */
const FINDERS: Record<string, Find> = {
  subnet: async (c, id, name) => [...(await instances(c, f("subnet-id", id), name)), ...(await natGateways(c, f("subnet-id", id), name)), ...(await enis(c, f("subnet-id", id), name))],
  "security-group": async (c, id, name) => {
    const referencing = await allEc2(c, "DescribeSecurityGroups", { Filters: f("ip-permission.group-id", id) }, "SecurityGroups");
    const refs = referencing.filter((g) => g.GroupId !== id).map((g) => ({ kind: "security-group", awsId: g.GroupId ?? "?", text: `security group ${name(g.GroupId ?? "?")} has a rule naming it` }));
    return [...(await instances(c, f("instance.group-id", id), name)), ...(await enis(c, f("group-id", id), name)), ...refs];
  },
  vpc: async (c, id, name) => {
    const [subnets, igws, groups, tables] = await Promise.all([
      allEc2(c, "DescribeSubnets", { Filters: f("vpc-id", id) }, "Subnets"),
      allEc2(c, "DescribeInternetGateways", { Filters: f("attachment.vpc-id", id) }, "InternetGateways"),
      allEc2(c, "DescribeSecurityGroups", { Filters: f("vpc-id", id) }, "SecurityGroups"),
      allEc2(c, "DescribeRouteTables", { Filters: f("vpc-id", id) }, "RouteTables"),
    ]);
    return [
      ...(await listIds("subnet", "subnet", subnets.map((s) => s.SubnetId ?? "?"), name)),
      ...(await listIds("internet gateway (attached)", "internet-gateway", igws.map((g) => g.InternetGatewayId ?? "?"), name)),
      ...(await listIds("security group", "security-group", groups.filter((g) => g.GroupName !== "default").map((g) => g.GroupId ?? "?"), name)),
      ...(await listIds("route table", "route-table", tables.filter((t) => !t.Associations?.some((a) => a.Main)).map((t) => t.RouteTableId ?? "?"), name)),
      ...(await natGateways(c, f("vpc-id", id), name)),
      ...(await instances(c, f("vpc-id", id), name)),
    ];
  },
  "internet-gateway-attachment": async (c, id, name) => {
    const igw = await c.ec2("DescribeInternetGateways", { InternetGatewayIds: [id] });
    const vpcIds = (igw.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => a.VpcId ?? "");
    const found = await Promise.all(vpcIds.map(async (vpc) => [...(await natGateways(c, f("vpc-id", vpc), name)), ...(await instances(c, f("vpc-id", vpc), name)).filter((b) => !b.text.endsWith("stopped"))]));
    return found.flat().map((b) => ({ ...b, text: `${b.text} (a mapped public address)` }));
  },
  "internet-gateway": async (c, id, name) => {
    const igw = await c.ec2("DescribeInternetGateways", { InternetGatewayIds: [id] });
    return (igw.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => ({ kind: "vpc", awsId: a.VpcId ?? "?", text: `still attached to VPC ${name(a.VpcId ?? "?")}` }));
  },
  "route-table": async (c, id, name) => {
    const out = await c.ec2("DescribeRouteTables", { RouteTableIds: [id] });
    return (out.RouteTables ?? []).flatMap((t) => t.Associations ?? []).filter((a) => a.SubnetId).map((a) => ({ kind: "subnet", awsId: a.SubnetId!, text: `still associated with subnet ${name(a.SubnetId!)}` }));
  },
  "elastic-ip": async (c, id, name) => {
    const nats = await allEc2(c, "DescribeNatGateways", {}, "NatGateways");
    const holding = nats.filter((n) => n.State !== "deleted" && n.NatGatewayAddresses?.some((a) => a.AllocationId === id));
    const out = await c.ec2("DescribeAddresses", { AllocationIds: [id] });
    const assoc = (out.Addresses ?? []).filter((a) => a.AssociationId && !holding.some((n) => n.NatGatewayAddresses?.some((x) => x.NetworkInterfaceId === a.NetworkInterfaceId)));
    return [
      ...holding.map((n) => ({ kind: "nat-gateway", awsId: n.NatGatewayId ?? "?", text: `NAT gateway ${name(n.NatGatewayId ?? "?")} still holds it (${n.State})` })),
      ...assoc.map((a) => ({ kind: "network-interface", awsId: a.NetworkInterfaceId ?? "?", text: `still associated with ${a.InstanceId ? `instance ${name(a.InstanceId)}` : `network interface ${a.NetworkInterfaceId}`}` })),
    ];
  },
  "target-group": async (c, arn, name) => {
    const groups = await allElb(c, "DescribeTargetGroups", { TargetGroupArns: [arn] }, "TargetGroups");
    return groups.flatMap((g) => g.LoadBalancerArns ?? []).map((lb) => ({ kind: "load-balancer", awsId: lb, text: `load balancer ${name(lb)} still forwards to it` }));
  },
};

/**
 * Names what blocks deleting `awsId` (AWS's DependencyViolation never says), by describing
 * the interfaces, instances, NAT gateways, security-group references and attachments that
 * AWS checks. `logicalIds` turns AWS ids into design names. Never throws: a failed lookup
 * yields no names, and the retry goes on.
 */
export async function findBlockers(port: AwsPort, stepKind: string, awsId: string, logicalIds: ReadonlyMap<string, string>): Promise<Blocker[]> {
  const finder = FINDERS[stepKind];
  if (!finder) return [];
  const name = (id: string) => (logicalIds.has(id) ? `${id} (${logicalIds.get(id)})` : id);
  try {
    const found = await finder(port, awsId, name);
    // Things cleanup would delete itself have a design name; the others are never touched.
    const foreign = new Set(["instance", "nat-gateway", "load-balancer", "security-group"]);
    return found.map((b) => {
      const logicalId = logicalIds.get(b.awsId);
      const isForeign = !logicalId && foreign.has(b.kind) && logicalIds.size > 0;
      return { ...b, logicalId, text: isForeign ? `${b.text} — not made by this deployment, left alone` : b.text };
    });
  } catch {
    return [];
  }
}
