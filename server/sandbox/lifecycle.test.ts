import {
  DeleteNatGatewayCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceTerminated,
  waitUntilNatGatewayAvailable,
  waitUntilNatGatewayDeleted,
} from "@aws-sdk/client-ec2";
import { DeleteLoadBalancerCommand, DescribeLoadBalancersCommand, waitUntilLoadBalancerAvailable } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { BASE_DELAYS_MS } from "./clocks";
import { useSandbox } from "../testing/sandbox-harness";
import { sleep } from "../testing/expect";
import { FAST_WAITER, buildAlb, buildNetwork, buildPrivateRouteAndGroup, createNat, labClients, launch } from "../testing/lab";

const SCALE = 0.02;

describe("the seed lab built one call at a time at time scale 0.02", () => {
  const sb = useSandbox({ timeScale: SCALE });

  async function instanceState(clients: ReturnType<typeof labClients>, id: string) {
    const out = await clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    return out.Reservations![0].Instances![0].State!;
  }

  it("reports the NAT gateway pending after create and available only after its delay; the waiter waits", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const created = await createNat(clients, net.subnets.publicNat, net.allocationId);
    const start = Date.now();
    expect(created.State).toBe("pending");
    const first = await clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [created.NatGatewayId!] }));
    expect(first.NatGateways![0].State).toBe("pending");
    await waitUntilNatGatewayAvailable({ client: clients.ec2, ...FAST_WAITER }, { NatGatewayIds: [created.NatGatewayId!] });
    expect(Date.now() - start).toBeGreaterThanOrEqual(BASE_DELAYS_MS.natAvailable * SCALE - 100);
    expect((await sb.sandbox.stats()).byAction.DescribeNatGateways).toBeGreaterThan(2);
  });

  it("reports a NAT gateway deleting after DeleteNatGateway until its delay passes", async () => {
    const clients = labClients(sb);
    await sb.sandbox.configure({ timeScale: 0 });
    const net = await buildNetwork(clients);
    const nat = await createNat(clients, net.subnets.publicNat, net.allocationId);
    await sb.sandbox.configure({ timeScale: SCALE });
    await clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: nat.NatGatewayId! }));
    const start = Date.now();
    const after = await clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [nat.NatGatewayId!] }));
    expect(after.NatGateways![0].State).toBe("deleting");
    await waitUntilNatGatewayDeleted({ client: clients.ec2, ...FAST_WAITER }, { NatGatewayIds: [nat.NatGatewayId!] });
    expect(Date.now() - start).toBeGreaterThanOrEqual(BASE_DELAYS_MS.natDeleted * SCALE - 100);
  });

  it("reports instances pending (0), then running (16); terminating shows shutting-down (32), then terminated (48)", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const instance = await launch(clients, net.subnets.publicA, sgId, true);
    const id = instance.InstanceId!;
    expect(await instanceState(clients, id)).toEqual({ Code: 0, Name: "pending" });
    const statuses = async (IncludeAllInstances: boolean) =>
      (await clients.ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id], IncludeAllInstances }))).InstanceStatuses?.map((s) => s.InstanceState?.Name) ?? [];
    expect(await statuses(false)).toEqual([]);
    expect(await statuses(true)).toEqual(["pending"]);
    await waitUntilInstanceRunning({ client: clients.ec2, ...FAST_WAITER }, { InstanceIds: [id] });
    expect(await instanceState(clients, id)).toEqual({ Code: 16, Name: "running" });
    await clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    const start = Date.now();
    expect(await instanceState(clients, id)).toEqual({ Code: 32, Name: "shutting-down" });
    await waitUntilInstanceTerminated({ client: clients.ec2, ...FAST_WAITER }, { InstanceIds: [id] });
    expect(Date.now() - start).toBeGreaterThanOrEqual(BASE_DELAYS_MS.instanceTerminated * SCALE - 100);
    expect(await instanceState(clients, id)).toEqual({ Code: 48, Name: "terminated" });
  });

  it("applies instance-state-name filters to the states it reports, not moto's", async () => {
    const clients = labClients(sb);
    await sb.sandbox.configure({ timeScale: 1 });
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const id = (await launch(clients, net.subnets.publicA, sgId, true)).InstanceId!;
    const byState = async (state: string) =>
      (await clients.ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: "instance-state-name", Values: [state] }, { Name: "vpc-id", Values: [net.vpcId] }] }))).Reservations ?? [];
    expect((await byState("running")).length).toBe(0);
    expect((await byState("pending")).flatMap((r) => r.Instances!.map((i) => i.InstanceId))).toEqual([id]);
    const nats = await clients.ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: "state", Values: ["available"] }] }));
    expect(nats.NatGateways ?? []).toHaveLength(0);
  });

  it("reports the ALB provisioning until its delay passes; the waiter waits", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const { alb } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, []);
    const start = Date.now();
    expect(alb.State?.Code).toBe("provisioning");
    const described = await clients.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [alb.LoadBalancerArn!] }));
    expect(described.LoadBalancers![0].State?.Code).toBe("provisioning");
    await waitUntilLoadBalancerAvailable({ client: clients.elb, ...FAST_WAITER }, { LoadBalancerArns: [alb.LoadBalancerArn!] });
    expect(Date.now() - start).toBeGreaterThanOrEqual(BASE_DELAYS_MS.albActive * SCALE - 200);
    const active = await clients.elb.send(new DescribeLoadBalancersCommand({ Names: ["lab-alb"] }));
    expect(active.LoadBalancers![0].State?.Code).toBe("active");
  });

  it("gives the ALB a network interface per subnet that lingers after DeleteLoadBalancer, then goes", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const { alb } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, []);
    const albInterfaces = async () => {
      const out = await clients.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: "vpc-id", Values: [net.vpcId] }] }));
      return (out.NetworkInterfaces ?? []).filter((eni) => eni.Description?.startsWith("ELB app/lab-alb/"));
    };
    const live = await albInterfaces();
    expect(live.map((eni) => eni.SubnetId).sort()).toEqual([net.subnets.publicA, net.subnets.publicC].sort());
    expect(live.every((eni) => eni.Groups?.some((g) => g.GroupId === sgId))).toBe(true);
    await clients.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: alb.LoadBalancerArn! }));
    expect(await albInterfaces()).toHaveLength(2);
    await sleep(BASE_DELAYS_MS.albInterfacesLinger * SCALE + 50);
    expect(await albInterfaces()).toHaveLength(0);
  });
});
