import "server-only";
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeInstanceStatusCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type Filter,
} from "@aws-sdk/client-ec2";
import { DescribeLoadBalancersCommand, DescribeTargetHealthCommand, type LoadBalancer } from "@aws-sdk/client-elastic-load-balancing-v2";
import { TAG_DEPLOYMENT } from "../../../lib/deploy/tags";
import type { StatusCall } from "../../../lib/live/call-plan";
import type { AwsSnapshot } from "../../../lib/live/snapshot";
import type { AwsClients } from "../clients";
import { isGone } from "../cleanup-errors";
import { logicalOf, toGroup, toInstance, toNat, toRouteTable } from "../../live/convert";

type Reader = (clients: AwsClients, Filters: Filter[], call: StatusCall, instanceIds: string[]) => Promise<Partial<AwsSnapshot>>;

const READERS: Record<StatusCall["action"], Reader> = {
  DescribeVpcs: async (c, Filters) => ({ vpcs: ((await c.ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs ?? []).map((v) => ({ id: v.VpcId!, logicalId: logicalOf(v.Tags), state: v.State ?? "", cidr: v.CidrBlock ?? "" })) }),
  DescribeSubnets: async (c, Filters) => ({
    subnets: ((await c.ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets ?? []).map((s) => ({ id: s.SubnetId!, logicalId: logicalOf(s.Tags), state: s.State ?? "", cidr: s.CidrBlock ?? "", availableIps: s.AvailableIpAddressCount ?? 0, vpcId: s.VpcId ?? "" })),
  }),
  DescribeInternetGateways: async (c, Filters) => ({
    internetGateways: ((await c.ec2.send(new DescribeInternetGatewaysCommand({ Filters }))).InternetGateways ?? []).map((g) => ({ id: g.InternetGatewayId!, logicalId: logicalOf(g.Tags), attachedVpcIds: (g.Attachments ?? []).map((a) => a.VpcId ?? "").filter(Boolean) })),
  }),
  DescribeRouteTables: async (c, Filters) => ({ routeTables: ((await c.ec2.send(new DescribeRouteTablesCommand({ Filters }))).RouteTables ?? []).map(toRouteTable) }),
  DescribeNatGateways: async (c, Filters) => ({ natGateways: ((await c.ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters }))).NatGateways ?? []).map(toNat) }),
  DescribeAddresses: async (c, Filters) => ({
    addresses: ((await c.ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses ?? []).map((a) => ({ allocationId: a.AllocationId ?? "", logicalId: logicalOf(a.Tags), publicIp: a.PublicIp ?? "", associationId: a.AssociationId })),
  }),
  DescribeSecurityGroups: async (c, Filters) => ({ securityGroups: ((await c.ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups ?? []).map(toGroup) }),
  DescribeInstances: async (c, Filters) => ({ instances: ((await c.ec2.send(new DescribeInstancesCommand({ Filters }))).Reservations ?? []).flatMap((r) => r.Instances ?? []).map(toInstance) }),
  DescribeInstanceStatus: async (c, _f, _call, instanceIds) => {
    // Up to 100 ids per call; beyond that, one unfiltered call for the region (1000 per page).
    const input = instanceIds.length <= 100 ? { InstanceIds: instanceIds, IncludeAllInstances: true } : { IncludeAllInstances: true, MaxResults: 1000 };
    const out = await c.ec2.send(new DescribeInstanceStatusCommand(input));
    return { instanceChecks: Object.fromEntries((out.InstanceStatuses ?? []).map((s) => [s.InstanceId ?? "", { system: s.SystemStatus?.Status ?? "unknown", instance: s.InstanceStatus?.Status ?? "unknown" }])) };
  },
  DescribeLoadBalancers: async (c, _f, call) => {
    const arns = call.action === "DescribeLoadBalancers" ? call.arns : [];
    const toView = (l: LoadBalancer) => ({ arn: l.LoadBalancerArn!, state: l.State?.Code ?? "", dnsName: l.DNSName ?? "", name: l.LoadBalancerName ?? "" });
    try {
      return { loadBalancers: ((await c.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: arns }))).LoadBalancers ?? []).map(toView) };
    } catch (error) {
      if (!isGone(error)) throw error;
      // Asked by ARN, AWS fails the whole call when one is gone: with one ARN that says it all;
      // with several, one more call lists the region's and keeps ours.
      if (arns.length === 1) return { loadBalancers: [] };
      const all = await c.elb.send(new DescribeLoadBalancersCommand({ PageSize: 400 }));
      return { loadBalancers: (all.LoadBalancers ?? []).filter((l) => arns.includes(l.LoadBalancerArn ?? "")).map(toView) };
    }
  },
  DescribeTargetHealth: async (c, _f, call) => {
    const arn = call.action === "DescribeTargetHealth" ? call.arn : "";
    try {
      const out = await c.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn }));
      return { targetHealth: { [arn]: (out.TargetHealthDescriptions ?? []).map((d) => ({ targetId: d.Target?.Id ?? "", state: d.TargetHealth?.State ?? "", reason: d.TargetHealth?.Reason })) } };
    } catch (error) {
      if (isGone(error)) return { targetHealth: { [arn]: null } };
      throw error;
    }
  },
};

/**
 * Runs one refresh's describe calls (in parallel) and folds the answers into a snapshot.
 * EC2 calls filter on the deployment's tag; ELBv2 is matched by the recorded ARNs.
 */
export async function readSnapshot(clients: AwsClients, deploymentId: string, calls: readonly StatusCall[], instanceIds: string[]): Promise<AwsSnapshot> {
  const Filters: Filter[] = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [deploymentId] }];
  const parts = await Promise.all(calls.map((call) => READERS[call.action](clients, Filters, call, instanceIds)));
  const snapshot: AwsSnapshot = { at: Date.now() };
  for (const part of parts) {
    const { targetHealth, instanceChecks, ...rest } = part;
    Object.assign(snapshot, rest);
    if (targetHealth) snapshot.targetHealth = { ...snapshot.targetHealth, ...targetHealth };
    if (instanceChecks) snapshot.instanceChecks = { ...snapshot.instanceChecks, ...instanceChecks };
  }
  return snapshot;
}
