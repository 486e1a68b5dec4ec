import {
  DeleteInternetGatewayCommand,
  DeleteNatGatewayCommand,
  DeleteRouteTableCommand,
  DeleteSecurityGroupCommand,
  DeleteSubnetCommand,
  DeleteVpcCommand,
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  DetachInternetGatewayCommand,
  DisassociateRouteTableCommand,
  ReleaseAddressCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceTerminated,
  waitUntilNatGatewayAvailable,
  waitUntilNatGatewayDeleted,
} from "@aws-sdk/client-ec2";
import {
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  waitUntilLoadBalancerAvailable,
  waitUntilLoadBalancersDeleted,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { BASE_DELAYS_MS } from "./clocks";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure, sleep } from "../testing/expect";
import { FAST_WAITER, buildLab, labClients, type Clients, type LabIds } from "../testing/lab";

const SCALE = 0.02;

async function waitForLab({ ec2, elb }: Clients, lab: LabIds) {
  await waitUntilNatGatewayAvailable({ client: ec2, ...FAST_WAITER }, { NatGatewayIds: [lab.natId] });
  await waitUntilInstanceRunning({ client: ec2, ...FAST_WAITER }, { InstanceIds: Object.values(lab.instances) });
  await waitUntilLoadBalancerAvailable({ client: elb, ...FAST_WAITER }, { LoadBalancerArns: [lab.albArn] });
}

describe("tearing the seed lab down", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("refuses the lab note's order (ALB, instances, SG, …) sent with no waits at the security group step", async () => {
    const clients = labClients(sb);
    const lab = await buildLab(clients);
    await waitForLab(clients, lab);
    await clients.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: lab.albArn }));
    await clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: Object.values(lab.instances) }));
    const refused = await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: lab.sgId })));
    expect(refused.code).toBe("DependencyViolation");
    expect(refused.message).toContain(`resource ${lab.sgId} has a dependent object`);
    expect(refused.message).toContain("shutting-down");
    // The next steps of that order fail the same way: the subnets still hold the NAT and the ALB's interfaces.
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: lab.subnets.publicNat })))).message).toContain(lab.natId);
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: lab.subnets.publicA })))).code).toBe("DependencyViolation");
  });

  it("accepts the safe order of docs/aws-facts.md §8 with its waits and leaves nothing behind", async () => {
    const clients = labClients(sb);
    const { ec2, elb } = clients;
    const lab = await buildLab(clients);
    await waitForLab(clients, lab);

    await elb.send(new DeleteListenerCommand({ ListenerArn: lab.listenerArn }));
    await elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: lab.albArn }));
    await waitUntilLoadBalancersDeleted({ client: elb, ...FAST_WAITER }, { LoadBalancerArns: [lab.albArn] });
    // Step 3: the ALB's network interfaces are released asynchronously; poll until they are gone.
    const start = Date.now();
    const albInterfaces = { Filters: [{ Name: "description", Values: ["ELB app/lab-alb/*"] }] };
    while (((await ec2.send(new DescribeNetworkInterfacesCommand(albInterfaces))).NetworkInterfaces ?? []).length > 0) await sleep(50);
    expect(Date.now() - start).toBeGreaterThanOrEqual(BASE_DELAYS_MS.albInterfacesLinger * SCALE - 100);
    await elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: lab.tgArn }));
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: Object.values(lab.instances) }));
    await waitUntilInstanceTerminated({ client: ec2, ...FAST_WAITER }, { InstanceIds: Object.values(lab.instances) });
    await ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: lab.natId }));
    await waitUntilNatGatewayDeleted({ client: ec2, ...FAST_WAITER }, { NatGatewayIds: [lab.natId] });
    await ec2.send(new ReleaseAddressCommand({ AllocationId: lab.allocationId }));
    for (const id of [...lab.publicRtAssociations, lab.privateRtAssociation]) await ec2.send(new DisassociateRouteTableCommand({ AssociationId: id }));
    for (const id of [lab.publicRt, lab.privateRt]) await ec2.send(new DeleteRouteTableCommand({ RouteTableId: id }));
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: lab.sgId }));
    for (const id of Object.values(lab.subnets)) await ec2.send(new DeleteSubnetCommand({ SubnetId: id }));
    await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: lab.igwId, VpcId: lab.vpcId }));
    await ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: lab.igwId }));
    await ec2.send(new DeleteVpcCommand({ VpcId: lab.vpcId }));

    const byVpc = [{ Name: "vpc-id", Values: [lab.vpcId] }];
    expect((await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "cidr", Values: ["192.168.0.0/16"] }] }))).Vpcs).toEqual([]);
    expect((await ec2.send(new DescribeSubnetsCommand({ Filters: byVpc }))).Subnets).toEqual([]);
    expect((await ec2.send(new DescribeRouteTablesCommand({ Filters: byVpc }))).RouteTables).toEqual([]);
    expect((await ec2.send(new DescribeSecurityGroupsCommand({ Filters: byVpc }))).SecurityGroups).toEqual([]);
    expect((await ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: undefined }))).InternetGateways?.filter((g) => g.InternetGatewayId === lab.igwId)).toEqual([]);
    expect((await ec2.send(new DescribeAddressesCommand({}))).Addresses).toEqual([]);
    expect((await ec2.send(new DescribeNatGatewaysCommand({}))).NatGateways?.map((n) => n.State)).toEqual(["deleted"]);
    const instances = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: Object.values(lab.instances) }))).Reservations!.flatMap((r) => r.Instances!);
    expect(instances.map((i) => i.State?.Name)).toEqual(["terminated", "terminated", "terminated"]);
    expect((await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers).toEqual([]);
    expect((await elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups).toEqual([]);
  });
});
