import "server-only";
import {
  AllocateAddressCommand,
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateNatGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SandboxHandle } from "./sandbox-harness";

/** An AMI moto ships for ap-northeast-2 (al2023). */
/** SDK waiter settings for sandbox tests: poll every 0.1–0.3 s, give up after 30 s. */
export const FAST_WAITER = { minDelay: 0.1, maxDelay: 0.3, maxWaitTime: 30 };

export const LAB_AMI = "ami-02ee6d86e720aef2a";

/** EC2 and ELBv2 clients on the sandbox that never retry, so a test sees every raw answer. */
export function labClients(sb: SandboxHandle) {
  const config = { ...sb.clientConfig(), maxAttempts: 1 };
  return { ec2: new EC2Client(config), elb: new ElasticLoadBalancingV2Client(config) };
}

export type Clients = ReturnType<typeof labClients>;

/** The AWS ids of the seed lab (lib/templates/seed-lab.ts) once built. */
export type LabIds = {
  vpcId: string;
  subnets: Record<"privateA" | "publicA" | "publicC" | "publicNat", string>;
  igwId: string;
  publicRt: string;
  privateRt: string;
  publicRtAssociations: string[];
  privateRtAssociation: string;
  allocationId: string;
  natId: string;
  sgId: string;
  instances: Record<"webA" | "webC" | "appA", string>;
  tgArn: string;
  albArn: string;
  listenerArn: string;
};

/** Builds the network half of the seed lab: VPC, subnets, IGW, public route table, EIP. */
export async function buildNetwork({ ec2 }: Clients) {
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "192.168.0.0/16" }))).Vpc!.VpcId!;
  const subnet = async (cidr: string, az: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: `ap-northeast-2${az}` }))).Subnet!.SubnetId!;
  const subnets = {
    privateA: await subnet("192.168.1.0/24", "a"),
    publicA: await subnet("192.168.2.0/24", "a"),
    publicC: await subnet("192.168.3.0/24", "c"),
    publicNat: await subnet("192.168.4.0/24", "a"),
  };
  const igwId = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
  const publicRt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: publicRt, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igwId }));
  const publicRtAssociations: string[] = [];
  for (const subnetId of [subnets.publicA, subnets.publicC, subnets.publicNat]) {
    publicRtAssociations.push((await ec2.send(new AssociateRouteTableCommand({ RouteTableId: publicRt, SubnetId: subnetId }))).AssociationId!);
  }
  const allocationId = (await ec2.send(new AllocateAddressCommand({ Domain: "vpc" }))).AllocationId!;
  return { vpcId, subnets, igwId, publicRt, publicRtAssociations, allocationId };
}

/** Creates the lab's NAT gateway (with a fixed ClientToken) in public-nat. */
export async function createNat({ ec2 }: Clients, subnetId: string, allocationId: string, clientToken = "lab-nat") {
  return (await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnetId, AllocationId: allocationId, ClientToken: clientToken }))).NatGateway!;
}

/** The private route table to the NAT, the lab's security group (22 and 80 from anywhere). */
export async function buildPrivateRouteAndGroup({ ec2 }: Clients, net: Awaited<ReturnType<typeof buildNetwork>>, natId: string) {
  const privateRt = (await ec2.send(new CreateRouteTableCommand({ VpcId: net.vpcId }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: privateRt, DestinationCidrBlock: "0.0.0.0/0", NatGatewayId: natId }));
  const privateRtAssociation = (await ec2.send(new AssociateRouteTableCommand({ RouteTableId: privateRt, SubnetId: net.subnets.privateA }))).AssociationId!;
  const sgId = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: net.vpcId, GroupName: "lab-sg", Description: "SSH and HTTP for the lab" }))).GroupId!;
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: sgId,
      IpPermissions: [22, 80].map((port) => ({ IpProtocol: "tcp", FromPort: port, ToPort: port, IpRanges: [{ CidrIp: "0.0.0.0/0" }] })),
    }),
  );
  return { privateRt, privateRtAssociation, sgId };
}

/** Launches one t3.micro; `publicIp` asks for a public address as the lab's web servers do. */
export async function launch({ ec2 }: Clients, subnetId: string, sgId: string, publicIp: boolean, clientToken?: string) {
  const out = await ec2.send(
    new RunInstancesCommand({
      ImageId: LAB_AMI,
      InstanceType: "t3.micro",
      MinCount: 1,
      MaxCount: 1,
      ClientToken: clientToken,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnetId, Groups: [sgId], AssociatePublicIpAddress: publicIp }],
    }),
  );
  return out.Instances![0];
}

/** Target group, internet-facing ALB over public-a and public-c, listener :80, both web targets. */
export async function buildAlb({ elb }: Clients, vpcId: string, subnetIds: string[], sgId: string, targets: string[]) {
  const tgArn = (await elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 80, VpcId: vpcId, TargetType: "instance" }))).TargetGroups![0].TargetGroupArn!;
  const alb = (await elb.send(new CreateLoadBalancerCommand({ Name: "lab-alb", Subnets: subnetIds, SecurityGroups: [sgId], Scheme: "internet-facing", Type: "application" }))).LoadBalancers![0];
  const listenerArn = (
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: alb.LoadBalancerArn!, Port: 80, Protocol: "HTTP", DefaultActions: [{ Type: "forward", TargetGroupArn: tgArn }] }))
  ).Listeners![0].ListenerArn!;
  await registerTargets(elb, tgArn, targets);
  return { tgArn, alb, listenerArn };
}

/**
 * RegisterTargets, repeated while ELBv2 answers InvalidTarget: AWS (and the sandbox) refuse an
 * instance until a short while after it runs (docs/aws-facts.md §13.4).
 */
export async function registerTargets(elb: ElasticLoadBalancingV2Client, tgArn: string, targets: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: targets.map((Id) => ({ Id, Port: 80 })) }));
      return;
    } catch (error) {
      if (!["InvalidTarget", "InvalidTargetException"].includes((error as { name?: string }).name ?? "") || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The whole seed lab, one call at a time, waiting only where AWS insists (target registration). */
export async function buildLab(clients: Clients): Promise<LabIds> {
  const net = await buildNetwork(clients);
  const nat = await createNat(clients, net.subnets.publicNat, net.allocationId);
  const priv = await buildPrivateRouteAndGroup(clients, net, nat.NatGatewayId!);
  const instances = {
    webA: (await launch(clients, net.subnets.publicA, priv.sgId, true)).InstanceId!,
    webC: (await launch(clients, net.subnets.publicC, priv.sgId, true)).InstanceId!,
    appA: (await launch(clients, net.subnets.privateA, priv.sgId, false)).InstanceId!,
  };
  const alb = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], priv.sgId, [instances.webA, instances.webC]);
  return { ...net, ...priv, natId: nat.NatGatewayId!, instances, tgArn: alb.tgArn, albArn: alb.alb.LoadBalancerArn!, listenerArn: alb.listenerArn };
}
