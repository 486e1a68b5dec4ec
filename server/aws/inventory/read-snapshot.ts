import "server-only";
import type { LoadBalancer } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Filter as Ec2Filter } from "@aws-sdk/client-ec2";
import type { StatusCall } from "../../../lib/live/call-plan";
import { filtersFor, type ReadScope } from "../../../lib/live/read-scope";
import type { AwsSnapshot } from "../../../lib/live/snapshot";
import { isGone } from "../errors";
import { allEc2, allElb, allInstances } from "../pages";
import type { AwsPort } from "../port";
import { logicalOf, toGroup, toInstance, toNat, toRouteTable } from "./snapshot-convert";

type Reader = (port: AwsPort, Filters: Ec2Filter[], call: StatusCall, instanceIds: string[]) => Promise<Partial<AwsSnapshot>>;

const toLoadBalancer = (l: LoadBalancer) => ({ arn: l.LoadBalancerArn!, state: l.State?.Code ?? "", dnsName: l.DNSName ?? "", name: l.LoadBalancerName ?? "" });

const READERS: Record<StatusCall["action"], Reader> = {
  DescribeVpcs: async (p, Filters) => ({ vpcs: (await allEc2(p, "DescribeVpcs", { Filters }, "Vpcs")).map((v) => ({ id: v.VpcId!, logicalId: logicalOf(v.Tags), state: v.State ?? "", cidr: v.CidrBlock ?? "" })) }),
  DescribeSubnets: async (p, Filters) => ({
    subnets: (await allEc2(p, "DescribeSubnets", { Filters }, "Subnets")).map((s) => ({ id: s.SubnetId!, logicalId: logicalOf(s.Tags), state: s.State ?? "", cidr: s.CidrBlock ?? "", availableIps: s.AvailableIpAddressCount ?? 0, vpcId: s.VpcId ?? "" })),
  }),
  DescribeInternetGateways: async (p, Filters) => ({
    internetGateways: (await allEc2(p, "DescribeInternetGateways", { Filters }, "InternetGateways")).map((g) => ({ id: g.InternetGatewayId!, logicalId: logicalOf(g.Tags), attachedVpcIds: (g.Attachments ?? []).map((a) => a.VpcId ?? "").filter(Boolean) })),
  }),
  DescribeRouteTables: async (p, Filters) => ({ routeTables: (await allEc2(p, "DescribeRouteTables", { Filters }, "RouteTables")).map(toRouteTable) }),
  DescribeNatGateways: async (p, Filters) => ({ natGateways: (await allEc2(p, "DescribeNatGateways", { Filter: Filters }, "NatGateways")).map(toNat) }),
  DescribeAddresses: async (p, Filters) => ({
    addresses: ((await p.ec2("DescribeAddresses", { Filters })).Addresses ?? []).map((a) => ({ allocationId: a.AllocationId ?? "", logicalId: logicalOf(a.Tags), publicIp: a.PublicIp ?? "", associationId: a.AssociationId })),
  }),
  DescribeSecurityGroups: async (p, Filters) => ({ securityGroups: (await allEc2(p, "DescribeSecurityGroups", { Filters }, "SecurityGroups")).map(toGroup) }),
  DescribeInstances: async (p, Filters) => ({ instances: (await allInstances(p, { Filters })).map(toInstance) }),
  DescribeInstanceStatus: async (p, _f, _call, instanceIds) => {
    // Up to 100 ids per call; beyond that, the region's instances (1000 per page), every page.
    const input = instanceIds.length <= 100 ? { InstanceIds: instanceIds, IncludeAllInstances: true } : { IncludeAllInstances: true, MaxResults: 1000 };
    const statuses = await allEc2(p, "DescribeInstanceStatus", input, "InstanceStatuses");
    return { instanceChecks: Object.fromEntries(statuses.map((s) => [s.InstanceId ?? "", { system: s.SystemStatus?.Status ?? "unknown", instance: s.InstanceStatus?.Status ?? "unknown" }])) };
  },
  DescribeLoadBalancers: async (p, _f, call) => {
    const arns = call.action === "DescribeLoadBalancers" ? call.arns : [];
    try {
      return { loadBalancers: (await allElb(p, "DescribeLoadBalancers", { LoadBalancerArns: arns }, "LoadBalancers")).map(toLoadBalancer) };
    } catch (error) {
      if (!isGone(error)) throw error;
      // Asked by ARN, AWS fails the whole call when one is gone: with one ARN that says it all;
      // with several, the region's list (every page) and keep ours.
      if (arns.length === 1) return { loadBalancers: [] };
      const all = await allElb(p, "DescribeLoadBalancers", { PageSize: 400 }, "LoadBalancers");
      return { loadBalancers: all.filter((l) => arns.includes(l.LoadBalancerArn ?? "")).map(toLoadBalancer) };
    }
  },
  DescribeTargetHealth: async (p, _f, call) => {
    const arn = call.action === "DescribeTargetHealth" ? call.arn : "";
    try {
      const out = await p.elb("DescribeTargetHealth", { TargetGroupArn: arn });
      return { targetHealth: { [arn]: (out.TargetHealthDescriptions ?? []).map((d) => ({ targetId: d.Target?.Id ?? "", state: d.TargetHealth?.State ?? "", reason: d.TargetHealth?.Reason })) } };
    } catch (error) {
      if (isGone(error)) return { targetHealth: { [arn]: null } };
      throw error;
    }
  },
};

/** The snapshot section each EC2 call fills: empty when the scope has nothing of its kind to ask about. */
const SECTION: Partial<Record<StatusCall["action"], keyof AwsSnapshot>> = {
  DescribeVpcs: "vpcs",
  DescribeSubnets: "subnets",
  DescribeInternetGateways: "internetGateways",
  DescribeRouteTables: "routeTables",
  DescribeNatGateways: "natGateways",
  DescribeAddresses: "addresses",
  DescribeSecurityGroups: "securityGroups",
  DescribeInstances: "instances",
};

/**
 * Runs one refresh's describe calls (in parallel, each following its pages) and folds the
 * answers into a snapshot. EC2 calls filter on the deployment's tag, or for an adopted
 * deployment on the AWS ids it recorded (lib/live/read-scope.ts); ELBv2 is matched by the
 * recorded ARNs either way.
 */
export async function readSnapshot(port: AwsPort, scope: ReadScope, calls: readonly StatusCall[], instanceIds: string[]): Promise<AwsSnapshot> {
  const read = (call: StatusCall): Promise<Partial<AwsSnapshot>> => {
    const section = SECTION[call.action];
    const filters = section ? filtersFor(scope, call.action as Parameters<typeof filtersFor>[1]) : [];
    return filters === null ? Promise.resolve({ [section!]: [] }) : READERS[call.action](port, filters, call, instanceIds);
  };
  const parts = await Promise.all(calls.map(read));
  const snapshot: AwsSnapshot = { at: Date.now() };
  for (const part of parts) {
    const { targetHealth, instanceChecks, ...rest } = part;
    Object.assign(snapshot, rest);
    if (targetHealth) snapshot.targetHealth = { ...snapshot.targetHealth, ...targetHealth };
    if (instanceChecks) snapshot.instanceChecks = { ...snapshot.instanceChecks, ...instanceChecks };
  }
  return snapshot;
}
