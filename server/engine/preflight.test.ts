import { CreateVpcCommand, DeleteInternetGatewayCommand, DeleteSubnetCommand, DeleteVpcCommand, DescribeInternetGatewaysCommand, DescribeSubnetsCommand, DescribeVpcsCommand, DetachInternetGatewayCommand, EC2Client } from "@aws-sdk/client-ec2";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { sdkPort } from "../aws/sdk-port";
import { runPreflight } from "./preflight";
import { ELB_SERVICE_ROLE, elbServiceRoleCheck, imageParameterCheck } from "./preflight-access";

const sb = sandboxPerFile({ timeScale: 0.02 });

describe("the preflight checklist against the sandbox", () => {
  it("names the account and passes every check for the seed lab, saying which it could not check on the sandbox", async () => {
    const report = await runPreflight(seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.account).toBe("123456789012");
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["identity", "ok"], ["region", "ok"], ["instance-types", "ok"], ["images", "ok"], ["image-ssm", "unchecked"], ["quota-vpcs", "ok"], ["quota-eips", "ok"], ["quota-nat", "ok"], ["permissions", "ok"],
      ["elb-permissions", "ok"], ["elb-service-role", "unchecked"],
    ]);
    expect(report.ok).toBe(true);
  });

  it("fails the instance-type check for a type the zone does not offer", async () => {
    const design = structuredClone(seedLab());
    design.instances["web-a" as never].instanceType = "p9.mega";
    const report = await runPreflight(design, { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.checks.find((c) => c.id === "instance-types")).toMatchObject({ status: "fail", detail: "not offered: p9.mega (ap-northeast-2a)", detailKey: "typesMissing" });
    expect(report.ok).toBe(false);
  });

  it("fails the Elastic IP quota when the account's addresses are used up", async () => {
    const design = structuredClone(seedLab());
    for (let i = 0; i < 5; i++) design.elasticIps[`extra-${i}` as never] = { id: `extra-${i}`, name: `extra-${i}` } as never;
    const report = await runPreflight(design, { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(report.checks.find((c) => c.id === "quota-eips")?.status).toBe("fail");
  });
});

describe("preflight items that must not say OK for what they did not check", () => {
  const where = () => ({ kind: "sandbox" as const, region: "ap-northeast-2", endpoint: sb.endpoint });
  const amazonLinux = () => {
    const design = structuredClone(seedLab());
    for (const instance of Object.values(design.instances)) instance.image = "amazon-linux-2023";
    return design;
  };
  const check = (report: Awaited<ReturnType<typeof runPreflight>>, id: string) => report.checks.find((c) => c.id === id);

  it("resolves an Amazon Linux image through SSM as RunInstances would", async () => {
    const report = await runPreflight(amazonLinux(), where());
    expect(check(report, "image-ssm")).toMatchObject({ status: "ok", detailKey: "imageParameters", detail: expect.stringMatching(/al2023-ami-kernel-default-x86_64 → ami-[0-9a-f]+/) });
  });

  it("says 'not checked' for an image parameter the sandbox does not publish, and on AWS that it is missing", async () => {
    const report = await runPreflight(seedLab(), where());
    expect(check(report, "image-ssm")).toMatchObject({ status: "unchecked", detailKey: "imageParametersSandbox", detail: expect.stringContaining("/aws/service/canonical/ubuntu/server/24.04") });
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(await imageParameterCheck(port, seedLab(), { kind: "aws", region: "ap-northeast-2" })).toMatchObject({ status: "fail", detailKey: "imageParametersMissing" });
    port.close();
  });

  it("fails the image item when SSM is denied, naming the permission RunInstances needs", async () => {
    await sb.sandbox.configure({ faults: "deny=GetParameters" });
    const report = await runPreflight(amazonLinux(), where());
    expect(check(report, "image-ssm")).toMatchObject({ status: "fail", detail: expect.stringContaining("ssm:GetParameters") });
    expect(report.ok).toBe(false);
  });

  it("passes the ELBv2 read probe, saying what it could not prove, and fails it when ELBv2 is denied", async () => {
    expect(check(await runPreflight(seedLab(), where()), "elb-permissions")).toMatchObject({ status: "ok", detailKey: "elbReadAllowed" });
    await sb.sandbox.configure({ faults: "deny=DescribeAccountLimits" });
    const report = await runPreflight(seedLab(), where());
    expect(check(report, "elb-permissions")).toMatchObject({ status: "fail", detail: expect.stringContaining("elasticloadbalancing:DescribeAccountLimits") });
    expect(report.ok).toBe(false);
  });

  it("reports the ELB service-linked role as present, to be created, or not checked when IAM is denied", async () => {
    expect(check(await runPreflight(seedLab(), where()), "elb-service-role")).toMatchObject({ status: "unchecked", detailKey: "serviceRoleSandbox" });
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    expect(await elbServiceRoleCheck(port, seedLab(), { kind: "aws", region: "ap-northeast-2" })).toMatchObject({ status: "warn", detail: expect.stringContaining("iam:CreateServiceLinkedRole") });
    const iam = new IAMClient({ ...sb.clientConfig("us-east-1"), maxAttempts: 1 });
    await iam.send(new CreateRoleCommand({ RoleName: ELB_SERVICE_ROLE, Path: "/aws-service-role/elasticloadbalancing.amazonaws.com/", AssumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [] }) }));
    iam.destroy();
    expect(check(await runPreflight(seedLab(), where()), "elb-service-role")).toMatchObject({ status: "ok", detailKey: "serviceRolePresent" });
    await sb.sandbox.configure({ faults: "deny=GetRole" });
    expect(await elbServiceRoleCheck(port, seedLab(), { kind: "aws", region: "ap-northeast-2" })).toMatchObject({ status: "unchecked", detailKey: "serviceRoleUnchecked" });
    port.close();
  });

  it("counts the region's real default VPC against the VPC quota", async () => {
    const withDefault = check(await runPreflight(seedLab(), where()), "quota-vpcs");
    expect(withDefault).toMatchObject({ status: "ok", detailKey: "quotaVpcs", params: { used: 1, added: 1 } });
    await deleteDefaultVpc();
    expect(check(await runPreflight(seedLab(), where()), "quota-vpcs")).toMatchObject({ status: "ok", detailKey: "quotaVpcsNoDefault", params: { used: 0, added: 1 } });
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    for (let i = 0; i < 5; i++) await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${60 + i}.0.0/16` }));
    ec2.destroy();
    expect(check(await runPreflight(seedLab(), where()), "quota-vpcs")).toMatchObject({ status: "fail", params: { used: 5, added: 1, quota: 5 } });
  });

  /** Deletes the region's default VPC the way AWS requires: subnets and the attached internet gateway first. */
  async function deleteDefaultVpc(): Promise<void> {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    const vpcId = (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "is-default", Values: ["true"] }] }))).Vpcs![0].VpcId!;
    const filter = [{ Name: "vpc-id", Values: [vpcId] }];
    for (const subnet of (await ec2.send(new DescribeSubnetsCommand({ Filters: filter }))).Subnets ?? []) await ec2.send(new DeleteSubnetCommand({ SubnetId: subnet.SubnetId }));
    for (const igw of (await ec2.send(new DescribeInternetGatewaysCommand({ Filters: [{ Name: "attachment.vpc-id", Values: [vpcId] }] }))).InternetGateways ?? []) {
      await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId, VpcId: vpcId }));
      await ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId }));
    }
    await ec2.send(new DeleteVpcCommand({ VpcId: vpcId }));
    ec2.destroy();
  }
});
