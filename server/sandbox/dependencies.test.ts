import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteInternetGatewayCommand,
  DeleteNatGatewayCommand,
  DeleteRouteTableCommand,
  DeleteSecurityGroupCommand,
  DeleteSubnetCommand,
  DeleteVpcCommand,
  DetachInternetGatewayCommand,
  DisassociateRouteTableCommand,
  ReleaseAddressCommand,
  RevokeSecurityGroupIngressCommand,
  TerminateInstancesCommand,
  waitUntilInstanceTerminated,
  waitUntilNatGatewayDeleted,
} from "@aws-sdk/client-ec2";
import { DeleteLoadBalancerCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { BASE_DELAYS_MS } from "./clocks";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure, sleep } from "../testing/expect";
import { FAST_WAITER, buildAlb, buildNetwork, buildPrivateRouteAndGroup, createNat, labClients, launch, type Clients } from "../testing/lab";

const SCALE = 0.02;

describe("dependency rules AWS enforces and moto does not", () => {
  const sb = useSandbox({ timeScale: SCALE });

  async function setup(withNat = false) {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const natId = withNat ? (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId! : "";
    const sgId = (await clients.ec2.send(new CreateSecurityGroupCommand({ VpcId: net.vpcId, GroupName: "lab-sg", Description: "lab" }))).GroupId!;
    return { clients, net, natId, sgId };
  }

  async function terminate(clients: Clients, id: string) {
    await clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await waitUntilInstanceTerminated({ client: clients.ec2, ...FAST_WAITER }, { InstanceIds: [id] });
  }

  async function deleteNat(clients: Clients, natId: string) {
    await clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: natId }));
    await waitUntilNatGatewayDeleted({ client: clients.ec2, ...FAST_WAITER }, { NatGatewayIds: [natId] });
  }

  it("refuses DeleteSubnet while it holds an instance not yet terminated, allows it after", async () => {
    const { clients, net, sgId } = await setup();
    const id = (await launch(clients, net.subnets.publicA, sgId, true)).InstanceId!;
    const refused = await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicA })));
    expect(refused).toMatchObject({ code: "DependencyViolation", status: 400 });
    expect(refused.message).toContain(`The subnet '${net.subnets.publicA}' has dependencies and cannot be deleted.`);
    expect(refused.message).toContain(id);
    await clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicA })))).message).toContain("shutting-down");
    await waitUntilInstanceTerminated({ client: clients.ec2, ...FAST_WAITER }, { InstanceIds: [id] });
    await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicA }));
  });

  it("refuses DeleteSubnet while its NAT gateway is not yet deleted, allows it after", async () => {
    const { clients, net, natId } = await setup(true);
    expect(await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicNat })))).toMatchObject({ code: "DependencyViolation" });
    await clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: natId }));
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicNat })))).message).toContain(`${natId} (deleting)`);
    await waitUntilNatGatewayDeleted({ client: clients.ec2, ...FAST_WAITER }, { NatGatewayIds: [natId] });
    await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicNat }));
  });

  it("refuses DeleteSubnet while an ALB's interfaces are in it, including while they linger after delete", async () => {
    const { clients, net, sgId } = await setup();
    const { alb } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, []);
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicC })))).message).toContain("lab-alb");
    await clients.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: alb.LoadBalancerArn! }));
    expect((await awsFailure(clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicC })))).message).toContain("still being released");
    await sleep(BASE_DELAYS_MS.albInterfacesLinger * SCALE + 50);
    await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.publicC }));
  });

  it("refuses DeleteSecurityGroup while an instance uses it, allows it once the instance is terminated", async () => {
    const { clients, net, sgId } = await setup();
    const id = (await launch(clients, net.subnets.privateA, sgId, false)).InstanceId!;
    const refused = await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId })));
    expect(refused).toMatchObject({ code: "DependencyViolation", status: 400 });
    expect(refused.message).toContain(`resource ${sgId} has a dependent object`);
    expect((await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupName: "lab-sg" })))).message).toContain(id);
    await terminate(clients, id);
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId }));
  });

  it("refuses DeleteSecurityGroup while an ALB uses it (live or lingering), allows it after", async () => {
    const { clients, net, sgId } = await setup();
    const { alb } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, []);
    expect((await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId })))).code).toBe("DependencyViolation");
    await clients.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: alb.LoadBalancerArn! }));
    expect((await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId })))).code).toBe("DependencyViolation");
    await sleep(BASE_DELAYS_MS.albInterfacesLinger * SCALE + 50);
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId }));
  });

  it("refuses DeleteSecurityGroup while another group's rule references it, allows it once revoked", async () => {
    const { clients, net, sgId } = await setup();
    const appSg = (await clients.ec2.send(new CreateSecurityGroupCommand({ VpcId: net.vpcId, GroupName: "app-sg", Description: "app" }))).GroupId!;
    const rule = { IpProtocol: "tcp", FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: sgId }] };
    await clients.ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: appSg, IpPermissions: [rule] }));
    expect((await awsFailure(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId })))).message).toContain(appSg);
    await clients.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: appSg, IpPermissions: [rule] }));
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId }));
  });

  it("refuses DetachInternetGateway while a NAT gateway's Elastic IP is mapped, allows it once the NAT is deleted", async () => {
    const { clients, net, natId } = await setup(true);
    const detach = () => clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: net.igwId, VpcId: net.vpcId }));
    const refused = await awsFailure(detach());
    expect(refused.code).toBe("DependencyViolation");
    expect(refused.message).toContain(`Network ${net.vpcId} has some mapped public address(es)`);
    await deleteNat(clients, natId);
    await detach();
  });

  it("refuses DetachInternetGateway while an instance has a public IP, allows it once the instance is terminated", async () => {
    const { clients, net, sgId } = await setup();
    const id = (await launch(clients, net.subnets.publicA, sgId, true)).InstanceId!;
    const detach = () => clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: net.igwId, VpcId: net.vpcId }));
    expect((await awsFailure(detach())).message).toContain(id);
    await terminate(clients, id);
    await detach();
  });

  it("refuses ReleaseAddress while a NAT gateway not yet deleted holds the address, allows it after", async () => {
    const { clients, net, natId } = await setup(true);
    const release = () => clients.ec2.send(new ReleaseAddressCommand({ AllocationId: net.allocationId }));
    expect(await awsFailure(release())).toMatchObject({ code: "InvalidIPAddress.InUse", status: 400 });
    await clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: natId }));
    expect((await awsFailure(release())).message).toContain("deleting");
    await waitUntilNatGatewayDeleted({ client: clients.ec2, ...FAST_WAITER }, { NatGatewayIds: [natId] });
    await release();
  });

  it("refuses DeleteVpc while an internet gateway is attached, allows it once detached", async () => {
    const { clients, net, sgId } = await setup();
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId }));
    for (const id of net.publicRtAssociations) await clients.ec2.send(new DisassociateRouteTableCommand({ AssociationId: id }));
    await clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: net.publicRt }));
    for (const id of Object.values(net.subnets)) await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: id }));
    const refused = await awsFailure(clients.ec2.send(new DeleteVpcCommand({ VpcId: net.vpcId })));
    expect(refused.code).toBe("DependencyViolation");
    expect(refused.message).toContain(net.igwId);
    await clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: net.igwId, VpcId: net.vpcId }));
    await clients.ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: net.igwId }));
    await clients.ec2.send(new DeleteVpcCommand({ VpcId: net.vpcId }));
  });

  it("refuses DeleteVpc while a custom security group is left, allows it once deleted", async () => {
    const { clients, net, sgId } = await setup();
    await clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: net.igwId, VpcId: net.vpcId }));
    for (const id of net.publicRtAssociations) await clients.ec2.send(new DisassociateRouteTableCommand({ AssociationId: id }));
    await clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: net.publicRt }));
    for (const id of Object.values(net.subnets)) await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: id }));
    expect((await awsFailure(clients.ec2.send(new DeleteVpcCommand({ VpcId: net.vpcId })))).message).toContain(`${sgId} (lab-sg)`);
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: sgId }));
    await clients.ec2.send(new DeleteVpcCommand({ VpcId: net.vpcId }));
  });

  it("drops a deleted subnet's route-table associations, so DeleteRouteTable succeeds as on AWS", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { privateRt } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    expect(await awsFailure(clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: privateRt })))).toMatchObject({ code: "DependencyViolation" });
    await clients.ec2.send(new DeleteSubnetCommand({ SubnetId: net.subnets.privateA }));
    await clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: privateRt }));
  });
});
