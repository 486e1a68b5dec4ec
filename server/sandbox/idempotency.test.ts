import { CreateNatGatewayCommand, DescribeInstancesCommand, DescribeNatGatewaysCommand, RunInstancesCommand, waitUntilNatGatewayAvailable } from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure } from "../testing/expect";
import { LAB_AMI, buildAlb, buildNetwork, buildPrivateRouteAndGroup, createNat, labClients, launch } from "../testing/lab";

describe("idempotent creates, as AWS does them", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("returns the original instance for a RunInstances repeated with the same ClientToken", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const first = await launch(clients, net.subnets.publicA, sgId, true, "web-a-token");
    const again = await launch(clients, net.subnets.publicA, sgId, true, "web-a-token");
    expect(again.InstanceId).toBe(first.InstanceId);
    const all = await clients.ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: "vpc-id", Values: [net.vpcId] }] }));
    expect(all.Reservations!.flatMap((r) => r.Instances!)).toHaveLength(1);
    const other = await launch(clients, net.subnets.publicA, sgId, true, "web-c-token");
    expect(other.InstanceId).not.toBe(first.InstanceId);
  });

  it("creates one instance when a retry with the same ClientToken races its original", async () => {
    const { ec2 } = labClients(sb);
    const input = { ImageId: LAB_AMI, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro", ClientToken: "raced" } as const;
    const [a, b] = await Promise.all([ec2.send(new RunInstancesCommand(input)), ec2.send(new RunInstancesCommand(input))]);
    expect(a.Instances![0].InstanceId).toBe(b.Instances![0].InstanceId);
    expect((await ec2.send(new DescribeInstancesCommand({}))).Reservations!.flatMap((r) => r.Instances!)).toHaveLength(1);
  });

  it("refuses a ClientToken reused with different parameters (IdempotentParameterMismatch)", async () => {
    const { ec2 } = labClients(sb);
    await ec2.send(new RunInstancesCommand({ ImageId: LAB_AMI, MinCount: 1, MaxCount: 1, InstanceType: "t3.micro", ClientToken: "tok" }));
    const mismatch = await awsFailure(ec2.send(new RunInstancesCommand({ ImageId: LAB_AMI, MinCount: 1, MaxCount: 1, InstanceType: "t3.small", ClientToken: "tok" })));
    expect(mismatch).toMatchObject({ code: "IdempotentParameterMismatch", status: 400 });
  });

  it("returns the original NAT gateway for a CreateNatGateway repeated with the same ClientToken, with its current state", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const first = await createNat(clients, net.subnets.publicNat, net.allocationId, "nat-token");
    const again = await clients.ec2.send(new CreateNatGatewayCommand({ SubnetId: net.subnets.publicNat, AllocationId: net.allocationId, ClientToken: "nat-token" }));
    expect(again.NatGateway!.NatGatewayId).toBe(first.NatGatewayId);
    expect(again.NatGateway!.State).toBe("pending");
    await waitUntilNatGatewayAvailable({ client: clients.ec2, minDelay: 0.1, maxDelay: 0.3, maxWaitTime: 30 }, { NatGatewayIds: [first.NatGatewayId!] });
    const later = await clients.ec2.send(new CreateNatGatewayCommand({ SubnetId: net.subnets.publicNat, AllocationId: net.allocationId, ClientToken: "nat-token" }));
    expect(later.NatGateway!.State).toBe("available");
    expect((await clients.ec2.send(new DescribeNatGatewaysCommand({}))).NatGateways).toHaveLength(1);
  });

  it("returns the existing ALB, target group and listener for creates repeated with the same name and settings", async () => {
    const clients = labClients(sb);
    const { elb } = clients;
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const subnets = [net.subnets.publicA, net.subnets.publicC];
    const first = await buildAlb(clients, net.vpcId, subnets, sgId, []);
    const again = await buildAlb(clients, net.vpcId, subnets, sgId, []);
    expect(again.alb.LoadBalancerArn).toBe(first.alb.LoadBalancerArn);
    expect(again.alb.State?.Code).toBe("provisioning");
    expect(again.tgArn).toBe(first.tgArn);
    expect(again.listenerArn).toBe(first.listenerArn);
    expect((await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers).toHaveLength(1);
    expect((await elb.send(new DescribeListenersCommand({ LoadBalancerArn: first.alb.LoadBalancerArn! }))).Listeners).toHaveLength(1);
  });

  it("refuses same-name creates with different settings, as AWS does", async () => {
    const clients = labClients(sb);
    const { elb } = clients;
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const { alb, tgArn } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, []);
    const otherSubnets = await awsFailure(elb.send(new CreateLoadBalancerCommand({ Name: "lab-alb", Subnets: [net.subnets.publicA, net.subnets.publicNat], SecurityGroups: [sgId] })));
    expect(otherSubnets.code).toMatch(/^DuplicateLoadBalancerName/);
    const otherPort = await awsFailure(elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 8080, VpcId: net.vpcId })));
    expect(otherPort.code).toMatch(/^DuplicateTargetGroupName/);
    const otherProtocol = await awsFailure(
      elb.send(new CreateListenerCommand({ LoadBalancerArn: alb.LoadBalancerArn!, Port: 80, Protocol: "HTTPS", DefaultActions: [{ Type: "forward", TargetGroupArn: tgArn }] })),
    );
    expect(otherProtocol.code).toMatch(/^DuplicateListener/);
  });
});
