import {
  AuthorizeSecurityGroupIngressCommand,
  CreateNatGatewayCommand,
  CreateSecurityGroupCommand,
  CreateVpcCommand,
  DeleteRouteTableCommand,
  DeleteVpcCommand,
  DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeVpcsCommand,
  EC2Client,
  DisassociateRouteTableCommand,
  AllocateAddressCommand,
} from "@aws-sdk/client-ec2";
import { AddTagsCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, RegisterTargetsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { BASE_DELAYS_MS } from "./clocks";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure, sleep } from "../testing/expect";
import { buildNetwork, labClients, launch } from "../testing/lab";
import { makeClients } from "../aws/clients";

const SCALE = 0.02;
const KOREAN_DESIGN = "KTB 실습 #1 (Kim's lab)";

describe("AWS contracts moto lets through", () => {
  const sb = useSandbox({ timeScale: SCALE });

  describe("security group text (docs/aws-facts.md §13.1)", () => {
    it("refuses a Korean group description with InvalidParameterValue, worded as AWS words it", async () => {
      const { ec2 } = labClients(sb);
      const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!.VpcId!;
      const refused = await awsFailure(ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "web", Description: "웹 서버 보안 그룹" })));
      expect(refused).toMatchObject({ code: "InvalidParameterValue", status: 400 });
      expect(refused.message).toBe("Value (웹 서버 보안 그룹) for parameter GroupDescription is invalid. Character sets beyond ASCII are not supported.");
      const apostrophe = await awsFailure(ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "web", Description: "Kim's web" })));
      expect(apostrophe.message).toMatch(/^Invalid security group description\. Valid descriptions are strings less than 256 characters from the following set: {2}a-zA-Z0-9\. _-:\/\(\)#,@\[\]\+=&;\{\}!\$\*$/);
      const prefixed = await awsFailure(ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "sg-web", Description: "web" })));
      expect(prefixed.message).toContain("Group names may not be in the format sg-*.");
      await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "web", Description: "Web (HTTP) & SSH: 10.0.0.0/8 #1 [lab]; {a+b=c} !$*,@_-./" }));
    });

    it("refuses a Korean rule description on any kind of peer", async () => {
      const { ec2 } = labClients(sb);
      const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!.VpcId!;
      const GroupId = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "web", Description: "web" }))).GroupId!;
      const cidr = await awsFailure(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.0/8", Description: "관리자 SSH" }] }] })));
      expect(cidr).toMatchObject({ code: "InvalidParameterValue" });
      expect(cidr.message).toContain("for parameter Description is invalid. Character sets beyond ASCII are not supported.");
      const pair = await awsFailure(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId, Description: "from the ALB's group" }] }] })));
      expect(pair.message).toMatch(/^Invalid rule description\./);
      await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.0/8", Description: "SSH from the office & VPN" }] }] }));
    });

    it("refuses a group name that differs only in case within one VPC, and allows it in another", async () => {
      const { ec2 } = labClients(sb);
      const [a, b] = [await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" })), await ec2.send(new CreateVpcCommand({ CidrBlock: "10.1.0.0/16" }))].map((v) => v.Vpc!.VpcId!);
      await ec2.send(new CreateSecurityGroupCommand({ VpcId: a, GroupName: "web", Description: "web" }));
      const refused = await awsFailure(ec2.send(new CreateSecurityGroupCommand({ VpcId: a, GroupName: "WEB", Description: "web" })));
      expect(refused).toMatchObject({ code: "InvalidGroup.Duplicate", message: `The security group 'WEB' already exists for VPC '${a}'` });
      await ec2.send(new CreateSecurityGroupCommand({ VpcId: b, GroupName: "WEB", Description: "web" }));
    });
  });

  describe("ELBv2 tags (docs/aws-facts.md §13.2)", () => {
    it("refuses a design name with # ( ) ' at CreateTargetGroup, CreateLoadBalancer and AddTags with ValidationError", async () => {
      const clients = labClients(sb);
      const net = await buildNetwork(clients);
      const Tags = [{ Key: "vpcd:deployment", Value: "dep-1" }, { Key: "vpcd:design", Value: KOREAN_DESIGN }];
      const tg = await awsFailure(clients.elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 80, VpcId: net.vpcId, Tags })));
      expect(tg).toMatchObject({ code: "ValidationError", status: 400 });
      expect(tg.message).toBe(`1 validation error detected: Value '${KOREAN_DESIGN}' at 'tags.2.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*`);
      const lb = await awsFailure(clients.elb.send(new CreateLoadBalancerCommand({ Name: "lab-alb", Subnets: [net.subnets.publicA, net.subnets.publicC], Tags })));
      expect(lb.code).toBe("ValidationError");
      const ok = await clients.elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 80, VpcId: net.vpcId, Tags: [{ Key: "vpcd:design", Value: "KTB 실습 1 Kims lab" }] }));
      const arn = ok.TargetGroups![0].TargetGroupArn!;
      const added = await awsFailure(clients.elb.send(new AddTagsCommand({ ResourceArns: [arn], Tags: [{ Key: "Name", Value: "a&b" }, { Key: "bad key!", Value: "x" }] })));
      expect(added.message).toMatch(/^2 validation errors detected: Value 'a&b' at 'tags\.1\.member\.value' .*; Value 'bad key!' at 'tags\.2\.member\.key'/);
    });
  });

  describe("the main route table (docs/aws-facts.md §13.3)", () => {
    it("cannot be deleted or disassociated; it goes with its VPC", async () => {
      const { ec2 } = labClients(sb);
      const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!.VpcId!;
      const main = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }, { Name: "association.main", Values: ["true"] }] }))).RouteTables![0];
      const refused = await awsFailure(ec2.send(new DeleteRouteTableCommand({ RouteTableId: main.RouteTableId! })));
      expect(refused).toMatchObject({ code: "DependencyViolation", status: 400, message: `The routeTable '${main.RouteTableId}' has dependencies and cannot be deleted.` });
      const association = main.Associations!.find((a) => a.Main)!.RouteTableAssociationId!;
      expect(await awsFailure(ec2.send(new DisassociateRouteTableCommand({ AssociationId: association })))).toMatchObject({ code: "InvalidParameterValue", message: `cannot disassociate the main route table association ${association}` });
      await ec2.send(new DeleteVpcCommand({ VpcId: vpcId }));
      expect((await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }] }))).RouteTables).toEqual([]);
    });
  });

  describe("registering targets (docs/aws-facts.md §13.4)", () => {
    it("answers InvalidTarget until a short while after the instance runs, then registers it", async () => {
      const clients = labClients(sb);
      const net = await buildNetwork(clients);
      const sgId = (await clients.ec2.send(new CreateSecurityGroupCommand({ VpcId: net.vpcId, GroupName: "web", Description: "web" }))).GroupId!;
      const tgArn = (await clients.elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 80, VpcId: net.vpcId }))).TargetGroups![0].TargetGroupArn!;
      const id = (await launch(clients, net.subnets.publicA, sgId, true)).InstanceId!;
      const register = () => clients.elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: id, Port: 80 }] }));
      // The wire code is InvalidTarget; SDK v3 names the exception InvalidTargetException.
      expect(await awsFailure(register())).toMatchObject({ code: "InvalidTargetException", status: 400, message: `The following targets are not in a running state and cannot be registered: '${id}'` });
      // Running, but not yet registrable.
      await sleep(BASE_DELAYS_MS.instanceRunning * SCALE + 50);
      expect((await awsFailure(register())).code).toBe("InvalidTargetException");
      await sleep(BASE_DELAYS_MS.targetRegistrable * SCALE);
      await register();
      const ghost = await awsFailure(clients.elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: "i-0123456789abcdef0" }] })));
      expect(ghost.code).toBe("InvalidTargetException");
    });
  });

  describe("NAT gateway tag filters (docs/aws-facts.md §13.11)", () => {
    it("returns only the NAT gateways whose tags match, for tag:<key>, tag-key and wildcards", async () => {
      const clients = labClients(sb);
      const net = await buildNetwork(clients);
      const nat = async (deployment: string) => {
        const AllocationId = (await clients.ec2.send(new AllocateAddressCommand({ Domain: "vpc" }))).AllocationId!;
        const TagSpecifications = [{ ResourceType: "natgateway" as const, Tags: [{ Key: "vpcd:deployment", Value: deployment }] }];
        return (await clients.ec2.send(new CreateNatGatewayCommand({ SubnetId: net.subnets.publicNat, AllocationId, TagSpecifications }))).NatGateway!.NatGatewayId!;
      };
      const [first, second] = [await nat("dep-first"), await nat("dep-second")];
      const ids = async (Filters: Array<{ Name: string; Values: string[] }>) => ((await clients.ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters }))).NatGateways ?? []).map((n) => n.NatGatewayId).sort();
      expect(await ids([{ Name: "tag:vpcd:deployment", Values: ["dep-second"] }])).toEqual([second]);
      expect(await ids([{ Name: "tag:vpcd:deployment", Values: ["dep-f*"] }])).toEqual([first]);
      expect(await ids([{ Name: "tag-key", Values: ["vpcd:deployment"] }])).toEqual([first, second].sort());
      expect(await ids([{ Name: "tag:vpcd:deployment", Values: ["dep-first"] }, { Name: "state", Values: ["pending"] }])).toEqual([first]);
      expect(await ids([{ Name: "tag:vpcd:deployment", Values: ["dep-third"] }])).toEqual([]);
    });
  });

  describe("credentials", () => {
    it("signs with the dummy keys even when real-looking AWS keys are in the environment, and refuses real ones", async () => {
      const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
      process.env.AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
      process.env.AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
      try {
        const clients = makeClients({ region: "ap-northeast-2", endpoint: sb.endpoint });
        expect((await clients.ec2.send(new DescribeVpcsCommand({}))).Vpcs?.length).toBeGreaterThan(0);
        const leaky = new EC2Client({ region: "ap-northeast-2", endpoint: sb.endpoint, maxAttempts: 1 });
        const refused = await awsFailure(leaky.send(new DescribeVpcsCommand({})));
        expect(refused).toMatchObject({ code: "AuthFailure", status: 401 });
        expect(refused.message).toContain("AKIA…MPLE");
      } finally {
        process.env.AWS_ACCESS_KEY_ID = saved.id;
        process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
        if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
        if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
      }
    });
  });
});
