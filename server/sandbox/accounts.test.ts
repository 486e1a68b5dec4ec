import { AttachInternetGatewayCommand, CreateInternetGatewayCommand, CreateNatGatewayCommand, CreateSubnetCommand, CreateVpcCommand, DescribeNatGatewaysCommand, DescribeVpcsCommand, AllocateAddressCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it } from "vitest";
import { useSandbox } from "../testing/sandbox-harness";

describe("per-student sandbox accounts", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const as = (accessKeyId: string) => ({ region: "ap-northeast-2", endpoint: sb.endpoint, credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });

  it("keeps each 12-digit key's resources in its own account, apart from the default one", async () => {
    const alice = new EC2Client(as("111111111111"));
    const bob = new EC2Client(as("222222222222"));
    const plain = new EC2Client(as("test"));
    const vpc = (await alice.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!;
    expect(vpc.OwnerId).toBe("111111111111");
    const ids = async (c: EC2Client) => ((await c.send(new DescribeVpcsCommand({}))).Vpcs ?? []).map((v) => v.VpcId);
    expect(await ids(alice)).toContain(vpc.VpcId);
    expect(await ids(bob)).not.toContain(vpc.VpcId);
    expect(await ids(plain)).not.toContain(vpc.VpcId);
    const sts = new STSClient(as("222222222222"));
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe("222222222222");
    [alice, bob, plain, sts].forEach((c) => c.destroy());
  });

  it("applies the fidelity rules in the caller's account (a NAT gateway, its VPC found there, becomes available instead of failing)", async () => {
    const carol = new EC2Client(as("333333333333"));
    const vpc = (await carol.send(new CreateVpcCommand({ CidrBlock: "10.1.0.0/16" }))).Vpc!;
    const subnet = (await carol.send(new CreateSubnetCommand({ VpcId: vpc.VpcId, CidrBlock: "10.1.0.0/24", AvailabilityZone: "ap-northeast-2a" }))).Subnet!;
    // A NAT gateway fails in a VPC without an internet gateway: the rule looks that up in Carol's account.
    const igw = (await carol.send(new CreateInternetGatewayCommand({}))).InternetGateway!;
    await carol.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId, VpcId: vpc.VpcId }));
    const eip = await carol.send(new AllocateAddressCommand({ Domain: "vpc" }));
    const nat = (await carol.send(new CreateNatGatewayCommand({ SubnetId: subnet.SubnetId, AllocationId: eip.AllocationId }))).NatGateway!;
    const state = async () => (await carol.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [nat.NatGatewayId!] }))).NatGateways?.[0]?.State;
    let seen = await state();
    expect(["pending", "available"]).toContain(seen);
    for (let i = 0; i < 100 && seen !== "available"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await state();
    }
    expect(seen).toBe("available");
    carol.destroy();
  });
});
