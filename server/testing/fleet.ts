import "server-only";
import {
  AllocateAddressCommand,
  CreateInternetGatewayCommand,
  CreateNatGatewayCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  RunInstancesCommand,
  type ResourceType,
} from "@aws-sdk/client-ec2";
import { CreateLoadBalancerCommand, CreateTargetGroupCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { RecordedResource } from "../../lib/plan/recorded";
import { LAB_AMI, labClients } from "./lab";
import type { SandboxHandle } from "./sandbox-harness";

/**
 * A tagged deployment of exactly `total` resources (at least 10): a VPC with an internet
 * gateway, a route table, a security group, a NAT gateway with its Elastic IP, subnets
 * (one per 10 resources), from 50 resources on a load balancer with three target groups (so
 * target-health reads must take turns), and instances for the rest. For measuring status refresh cost.
 */
export async function deployTaggedFleet(sb: SandboxHandle, deploymentId: string, total: number): Promise<RecordedResource[]> {
  const { ec2, elb } = labClients(sb);
  const tags = (type: ResourceType, logicalId: string) => [{ ResourceType: type, Tags: [{ Key: TAG_DEPLOYMENT, Value: deploymentId }, { Key: TAG_LOGICAL_ID, Value: logicalId }] }];
  const recorded: RecordedResource[] = [];
  const add = (logicalId: string, kind: string, awsId: string) => recorded.push({ logicalId, kind, awsId, attributes: {} });
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16", TagSpecifications: tags("vpc", "vpc") }))).Vpc!.VpcId!;
  add("vpc", "vpc", vpcId);
  add("igw", "internet-gateway", (await ec2.send(new CreateInternetGatewayCommand({ TagSpecifications: tags("internet-gateway", "igw") }))).InternetGateway!.InternetGatewayId!);
  add("rt", "route-table", (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId, TagSpecifications: tags("route-table", "rt") }))).RouteTable!.RouteTableId!);
  const sgId = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "fleet", Description: "fleet", TagSpecifications: tags("security-group", "sg") }))).GroupId!;
  add("sg", "security-group", sgId);
  const subnetCount = Math.max(1, Math.floor(total / 10));
  const subnets: string[] = [];
  for (let i = 0; i < subnetCount; i++) {
    const id = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.0.${i}.0/24`, AvailabilityZone: "ap-northeast-2a", TagSpecifications: tags("subnet", `subnet-${i}`) }))).Subnet!.SubnetId!;
    subnets.push(id);
    add(`subnet-${i}`, "subnet", id);
  }
  const allocationId = (await ec2.send(new AllocateAddressCommand({ Domain: "vpc", TagSpecifications: tags("elastic-ip", "eip") }))).AllocationId!;
  add("eip", "elastic-ip", allocationId);
  add("nat", "nat-gateway", (await ec2.send(new CreateNatGatewayCommand({ SubnetId: subnets[0], AllocationId: allocationId, TagSpecifications: tags("natgateway", "nat") }))).NatGateway!.NatGatewayId!);
  if (total >= 50) {
    const elbTags = (logicalId: string) => [{ Key: TAG_DEPLOYMENT, Value: deploymentId }, { Key: TAG_LOGICAL_ID, Value: logicalId }];
    for (let i = 0; i < 3; i++) {
      const tg = await elb.send(new CreateTargetGroupCommand({ Name: `fleet-tg-${i}`, Protocol: "HTTP", Port: 80, VpcId: vpcId, TargetType: "instance", Tags: elbTags(`tg-${i}`) }));
      add(`tg-${i}`, "target-group", tg.TargetGroups![0].TargetGroupArn!);
    }
    const lb = await elb.send(new CreateLoadBalancerCommand({ Name: "fleet-alb", Subnets: subnets.slice(0, 2), SecurityGroups: [sgId], Scheme: "internet-facing", Type: "application", Tags: elbTags("alb") }));
    add("alb", "load-balancer", lb.LoadBalancers![0].LoadBalancerArn!);
  }
  const instanceCount = total - recorded.length;
  for (let i = 0; i < instanceCount; i += 50) {
    const n = Math.min(50, instanceCount - i);
    const out = await ec2.send(new RunInstancesCommand({ ImageId: LAB_AMI, InstanceType: "t3.micro", MinCount: n, MaxCount: n, SubnetId: subnets[(i / 50) % subnets.length], SecurityGroupIds: [sgId], TagSpecifications: tags("instance", "web") }));
    out.Instances!.forEach((inst, k) => add(`web-${i + k}`, "instance", inst.InstanceId!));
  }
  return recorded;
}
