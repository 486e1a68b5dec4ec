import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  DescribeAddressesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type Filter,
} from "@aws-sdk/client-ec2";
import { DescribeListenersCommand, DescribeLoadBalancersCommand, DescribeTagsCommand, DescribeTargetGroupsCommand, DescribeTargetHealthCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCliDestroy } from "../../lib/export/cli-destroy";
import { exportCliScript } from "../../lib/export/cli-script";
import { seedLab, webServer } from "../../lib/templates";
import { LAB_AMI, labClients, type Clients } from "../testing/lab";
import { useSandbox } from "../testing/sandbox-harness";
import { projectRoot } from "../util/project-root";

const run = promisify(execFile);
const DEPLOYMENT = "export-cli-test";
const TAG: Filter[] = [{ Name: "tag:vpcd:deployment", Values: [DEPLOYMENT] }];

describe("the exported AWS CLI scripts on the sandbox", () => {
  // Short enough that the CLI's 15 s waiter delays are rarely needed; long enough that waits matter.
  const sb = useSandbox({ timeScale: 0.005 });
  let dir = "";
  let aws: Clients;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "vpcd-cli-export-"));
    for (const [prefix, design] of [["", seedLab()], ["web-", webServer()]] as const) {
      for (const file of [...exportCliScript(design), ...exportCliDestroy(design)]) {
        await writeFile(path.join(dir, prefix + file.path), file.content);
        await chmod(path.join(dir, prefix + file.path), 0o755);
      }
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** Runs one script with the venv's AWS CLI (1.46, which reads AWS_ENDPOINT_URL itself). */
  async function script(name: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const fullEnv = {
      PATH: `${path.join(projectRoot(), ".venv", "bin")}:${process.env.PATH}`,
      HOME: dir,
      AWS_ENDPOINT_URL: sb.endpoint,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_REGION: "ap-northeast-2",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      VPCD_DEPLOYMENT: DEPLOYMENT,
      VPCD_IMAGE_UBUNTU_24_04: LAB_AMI,
      VPCD_RETRY_DELAY: "1",
      ...env,
    } as unknown as NodeJS.ProcessEnv;
    try {
      const { stdout, stderr } = await run("bash", [path.join(dir, name)], { env: fullEnv, maxBuffer: 1 << 24 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  }

  it("builds the seed lab, refuses to build it twice, and its cleanup leaves nothing tagged", { timeout: 1_200_000 }, async () => {
    aws = labClients(sb);
    const built = await script("build.sh");
    expect(built.stderr).not.toContain("FAILED");
    expect(built.code).toBe(0);
    await expectLab(aws, built.stdout);

    const again = await script("build.sh");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`deployment ${DEPLOYMENT} already exists`);

    const destroyed = await script("destroy.sh");
    expect(destroyed.stderr).not.toContain("FAILED");
    expect(destroyed.code).toBe(0);
    expect(await taggedLeft(aws)).toEqual([]);

    const twice = await script("destroy.sh");
    expect(twice.code).toBe(0);
  });

  it("stops at the first failure with a line naming the step, and the cleanup removes what was made", { timeout: 600_000 }, async () => {
    aws = labClients(sb);
    await sb.sandbox.configure({ faults: "fail=RunInstances" });
    const failed = await script("web-build.sh", { AWS_MAX_ATTEMPTS: "1" });
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/vpcd: FAILED while launching instance web \(exit \d+\)/);
    // The steps before it ran; nothing after it did.
    expect((await aws.ec2.send(new DescribeSubnetsCommand({ Filters: TAG }))).Subnets).toHaveLength(1);
    expect((await sb.sandbox.stats()).byAction.CreateRouteTable).toBe(1);
    await sb.sandbox.configure({ faults: "" });
    expect((await script("web-destroy.sh")).code).toBe(0);
    expect(await taggedLeft(aws)).toEqual([]);
  });

  it("passes the endpoint explicitly to an AWS CLI too old to read AWS_ENDPOINT_URL, and says so", async () => {
    const shim = path.join(dir, "old-cli");
    await rm(shim, { recursive: true, force: true });
    await run("mkdir", ["-p", shim]);
    // An "AWS CLI 1.20": reports that version and ignores AWS_ENDPOINT_URL, like the real one.
    const real = path.join(projectRoot(), ".venv", "bin", "aws");
    await writeFile(path.join(shim, "aws"), `#!/usr/bin/env bash\nif [[ "$1" == --version ]]; then echo "aws-cli/1.20.0 Python/3.11 Linux botocore/1.21.0"; exit 0; fi\nexec env -u AWS_ENDPOINT_URL ${real} "$@"\n`);
    await chmod(path.join(shim, "aws"), 0o755);
    const result = await script("destroy.sh", { PATH: `${shim}:${process.env.PATH}` });
    expect(result.stderr).toContain("this AWS CLI (aws-cli/1.20.0) ignores AWS_ENDPOINT_URL (that needs v1 >= 1.29 or v2 >= 2.13); passing --endpoint-url");
    expect(result.code).toBe(0);
    expect((await sb.sandbox.stats()).byAction.DescribeVpcs).toBeGreaterThan(0);
  });
});

/** The lab as the build script should leave it, read back with describe calls. */
async function expectLab(aws: Clients, summary: string): Promise<void> {
  const vpcs = (await aws.ec2.send(new DescribeVpcsCommand({ Filters: TAG }))).Vpcs ?? [];
  expect(vpcs.map((v) => v.CidrBlock)).toEqual(["192.168.0.0/16"]);
  const vpcId = vpcs[0].VpcId!;
  expect(summary).toContain(`vpc lab-vpc ${vpcId}`);
  const name = (tags?: Array<{ Key?: string; Value?: string }>) => tags?.find((t) => t.Key === "Name")?.Value;

  const subnets = (await aws.ec2.send(new DescribeSubnetsCommand({ Filters: TAG }))).Subnets ?? [];
  const byName = Object.fromEntries(subnets.map((s) => [name(s.Tags)!, s]));
  expect(Object.fromEntries(subnets.map((s) => [name(s.Tags), [s.CidrBlock, s.AvailabilityZone, s.MapPublicIpOnLaunch]]))).toEqual({
    "private-a": ["192.168.1.0/24", "ap-northeast-2a", false],
    "public-a": ["192.168.2.0/24", "ap-northeast-2a", true],
    "public-c": ["192.168.3.0/24", "ap-northeast-2c", true],
    "public-nat": ["192.168.4.0/24", "ap-northeast-2a", true],
  });

  const igw = ((await aws.ec2.send(new DescribeInternetGatewaysCommand({ Filters: TAG }))).InternetGateways ?? [])[0];
  expect(igw.Attachments?.[0]?.VpcId).toBe(vpcId);
  const nat = ((await aws.ec2.send(new DescribeNatGatewaysCommand({ Filter: TAG }))).NatGateways ?? [])[0];
  expect([nat.State, nat.SubnetId]).toEqual(["available", byName["public-nat"].SubnetId]);
  const eip = ((await aws.ec2.send(new DescribeAddressesCommand({ Filters: TAG }))).Addresses ?? [])[0];
  expect(nat.NatGatewayAddresses?.[0]?.AllocationId).toBe(eip.AllocationId);

  const tables = (await aws.ec2.send(new DescribeRouteTablesCommand({ Filters: TAG }))).RouteTables ?? [];
  const routing = Object.fromEntries(
    tables.map((t) => [
      name(t.Tags),
      {
        routes: (t.Routes ?? []).filter((r) => r.GatewayId !== "local").map((r) => [r.DestinationCidrBlock, r.GatewayId ?? r.NatGatewayId]),
        subnets: (t.Associations ?? []).filter((a) => !a.Main).map((a) => subnets.find((s) => s.SubnetId === a.SubnetId) && name(subnets.find((s) => s.SubnetId === a.SubnetId)!.Tags)).sort(),
      },
    ]),
  );
  expect(routing).toEqual({
    "public-rt": { routes: [["0.0.0.0/0", igw.InternetGatewayId]], subnets: ["public-a", "public-c", "public-nat"] },
    "private-rt": { routes: [["0.0.0.0/0", nat.NatGatewayId]], subnets: ["private-a"] },
  });

  const sg = ((await aws.ec2.send(new DescribeSecurityGroupsCommand({ Filters: TAG }))).SecurityGroups ?? [])[0];
  expect([sg.GroupName, sg.Description]).toEqual(["lab-sg", "SSH and HTTP for the lab"]);
  expect((sg.IpPermissions ?? []).map((p) => [p.IpProtocol, p.FromPort, p.ToPort, p.IpRanges?.map((r) => r.CidrIp)]).sort()).toEqual([
    ["tcp", 22, 22, ["0.0.0.0/0"]],
    ["tcp", 80, 80, ["0.0.0.0/0"]],
  ]);
  expect((sg.IpPermissionsEgress ?? []).map((p) => [p.IpProtocol, p.IpRanges?.map((r) => [r.CidrIp, r.Description])])).toEqual([["-1", [["0.0.0.0/0", "all outbound"]]]]);

  const instances = ((await aws.ec2.send(new DescribeInstancesCommand({ Filters: TAG }))).Reservations ?? []).flatMap((r) => r.Instances ?? []);
  const design = seedLab();
  expect(instances).toHaveLength(3);
  for (const i of instances) {
    const planned = design.instances[name(i.Tags) as keyof typeof design.instances];
    expect([i.State?.Name, i.InstanceType, i.SubnetId, i.ImageId, i.NetworkInterfaces?.[0]?.Groups?.map((g) => g.GroupId)]).toEqual(["running", "t3.micro", byName[planned.subnetId].SubnetId, LAB_AMI, [sg.GroupId]]);
    expect(Boolean(i.PublicIpAddress)).toBe(planned.associatePublicIp);
    const attribute = await aws.ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: i.InstanceId, Attribute: "userData" }));
    expect(Buffer.from(attribute.UserData?.Value ?? "", "base64").toString("utf8")).toBe(planned.userData);
    expect(summary).toContain(`instance ${planned.id} ${i.InstanceId}`);
  }

  const lb = ((await aws.elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [])[0];
  expect([lb.LoadBalancerName, lb.Scheme, lb.State?.Code, lb.SecurityGroups]).toEqual(["lab-alb", "internet-facing", "active", [sg.GroupId]]);
  expect(lb.AvailabilityZones?.map((z) => z.SubnetId).sort()).toEqual([byName["public-a"].SubnetId, byName["public-c"].SubnetId].sort());
  expect(summary).toContain(`load-balancer lab-alb ${lb.DNSName}`);
  const tg = ((await aws.elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? [])[0];
  expect([tg.TargetGroupName, tg.Protocol, tg.Port, tg.VpcId, tg.HealthCheckPath, tg.Matcher?.HttpCode]).toEqual(["web-tg", "HTTP", 80, vpcId, "/", "200"]);
  const listeners = (await aws.elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Listeners ?? [];
  expect(listeners.map((l) => [l.Protocol, l.Port, l.DefaultActions?.[0]?.Type, l.DefaultActions?.[0]?.TargetGroupArn])).toEqual([["HTTP", 80, "forward", tg.TargetGroupArn]]);
  const targets = (await aws.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))).TargetHealthDescriptions ?? [];
  const webIds = instances.filter((i) => name(i.Tags)?.startsWith("web-")).map((i) => i.InstanceId).sort();
  expect(targets.map((t) => t.Target?.Id).sort()).toEqual(webIds);
  const elbTags = (await aws.elb.send(new DescribeTagsCommand({ ResourceArns: [lb.LoadBalancerArn!, tg.TargetGroupArn!] }))).TagDescriptions ?? [];
  for (const d of elbTags) expect(d.Tags).toEqual(expect.arrayContaining([{ Key: "vpcd:deployment", Value: DEPLOYMENT }]));
}

/** Every resource still tagged with the deployment (terminated instances do not count). */
async function taggedLeft(aws: Clients): Promise<string[]> {
  const left: string[] = [];
  left.push(...((await aws.ec2.send(new DescribeVpcsCommand({ Filters: TAG }))).Vpcs ?? []).map((v) => v.VpcId!));
  left.push(...((await aws.ec2.send(new DescribeSubnetsCommand({ Filters: TAG }))).Subnets ?? []).map((s) => s.SubnetId!));
  left.push(...((await aws.ec2.send(new DescribeInternetGatewaysCommand({ Filters: TAG }))).InternetGateways ?? []).map((g) => g.InternetGatewayId!));
  // moto ignores tag filters on DescribeNatGateways (docs/moto-notes.md §7): check the tags here.
  const nats = (await aws.ec2.send(new DescribeNatGatewaysCommand({ Filter: [...TAG, { Name: "state", Values: ["pending", "available", "deleting"] }] }))).NatGateways ?? [];
  left.push(...nats.filter((n) => n.Tags?.some((t) => t.Key === "vpcd:deployment" && t.Value === DEPLOYMENT)).map((n) => n.NatGatewayId!));
  left.push(...((await aws.ec2.send(new DescribeAddressesCommand({ Filters: TAG }))).Addresses ?? []).map((a) => a.AllocationId!));
  left.push(...((await aws.ec2.send(new DescribeRouteTablesCommand({ Filters: TAG }))).RouteTables ?? []).map((t) => t.RouteTableId!));
  left.push(...((await aws.ec2.send(new DescribeSecurityGroupsCommand({ Filters: TAG }))).SecurityGroups ?? []).map((g) => g.GroupId!));
  const live = ((await aws.ec2.send(new DescribeInstancesCommand({ Filters: TAG }))).Reservations ?? []).flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== "terminated");
  left.push(...live.map((i) => i.InstanceId!));
  left.push(...((await aws.elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? []).map((l) => l.LoadBalancerArn!));
  left.push(...((await aws.elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? []).map((t) => t.TargetGroupArn!));
  return left;
}
