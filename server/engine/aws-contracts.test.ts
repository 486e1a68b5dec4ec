import { rmSync } from "node:fs";
import { CreateSecurityGroupCommand, CreateVpcCommand, DescribeRouteTablesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { CreateTargetGroupCommand, DescribeTagsCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { TAG_DEPLOYMENT, TAG_DESIGN, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { Design } from "../../lib/design/schema";
import { seedLab } from "../../lib/templates/seed-lab";
import { timingFor } from "../aws/timing";
import { cleanupDeployment } from "../cleanup/service";
import { findOrphans, sweepGroup } from "../cleanup/sweep";
import { memoryEntryLog } from "../journal";
import { targetRegistration } from "../aws/providers/listener";
import type { ProviderContext } from "../aws/providers/types";
import { sdkPort } from "../aws/sdk-port";
import { buildNetwork, labClients, launch } from "../testing/lab";
import { preflightQuotas } from "./preflight-quotas";
import { countByTag, deployTo, expectedCounts, tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";

const SCALE = 0.02;
const REGION = "ap-northeast-2";

describe("the engine keeps AWS's contracts (the sandbox enforces them)", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("deploys and cleans up a design named \"KTB 실습 #1 (Kim's lab)\": ELBv2 tags get a value ELBv2 accepts", async () => {
    const design: Design = { ...seedLab(), name: "KTB 실습 #1 (Kim's lab)" };
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, design, journal);
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("complete");
    const elb = new ElasticLoadBalancingV2Client(sb.clientConfig());
    const tg = (await elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups!.find((t) => t.TargetGroupName?.startsWith("web-tg"))!;
    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [tg.TargetGroupArn!] }))).TagDescriptions![0].Tags!;
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).toMatchObject({ [TAG_DEPLOYMENT]: id, [TAG_DESIGN]: "KTB 실습 1 Kims lab" });
    const cleanup = await cleanupDeployment(journal, journal.getDeployment(id)!);
    expect(cleanup.failures).toEqual([]);
    expect(await countByTag(sb.sandbox.motoEndpoint, REGION, id)).toEqual({});
  });

  function mainTableDesign(): Design {
    const design = seedLab();
    design.routeTables["public-rt"].isMain = true;
    return design;
  }

  it("deploys a design whose route table is the VPC's main one, and guided cleanup leaves nothing", async () => {
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, mainTableDesign(), journal);
    expect(result.failures).toEqual([]);
    const ec2 = new EC2Client(sb.clientConfig());
    const vpcId = journal.recordedResources(id).find((r) => r.kind === "vpc")!.awsId!;
    const main = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }, { Name: "association.main", Values: ["true"] }] }))).RouteTables![0];
    expect(main.Tags?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value).toBe("public-rt");
    const cleanup = await cleanupDeployment(journal, journal.getDeployment(id)!);
    expect(cleanup.failures).toEqual([]);
    expect(cleanup.report.remaining).toEqual([]);
    expect(await countByTag(sb.sandbox.motoEndpoint, REGION, id)).toEqual({});
    expect((await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }] }))).RouteTables).toEqual([]);
  });

  it("sweeps a lost deployment whose route table is the VPC's main one, leaving nothing", async () => {
    const { journal, dir } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, mainTableDesign(), journal);
    expect(result.failures).toEqual([]);
    journal.close();
    rmSync(dir, { recursive: true, force: true });
    const port = sdkPort({ region: REGION, endpoint: sb.endpoint });
    const [group] = await findOrphans(port, new Set());
    expect(group.deploymentId).toBe(id);
    const swept = await sweepGroup({ port, group, journal: memoryEntryLog(), timing: timingFor({ kind: "sandbox" }, SCALE) });
    expect(swept.failures).toEqual([]);
    expect(swept.report.remaining).toEqual([]);
    expect(await countByTag(sb.sandbox.motoEndpoint, REGION, id)).toEqual({});
  });

  it("deploys two seed labs side by side: each stands whole on its own NAT, and destroying one leaves the other intact", async () => {
    const { journal } = tempJournal();
    const [a, b] = await Promise.all([deployTo(sb.endpoint, seedLab(), journal), deployTo(sb.endpoint, seedLab(), journal)]);
    expect([a.result.failures, b.result.failures]).toEqual([[], []]);
    const expected = expectedCounts(seedLab());
    for (const { id } of [a, b]) expect(await countByTag(sb.sandbox.motoEndpoint, REGION, id)).toEqual(expected);
    const ec2 = new EC2Client(sb.clientConfig());
    for (const { id } of [a, b]) {
      const nat = journal.recordedResources(id).find((r) => r.kind === "nat-gateway")!.awsId;
      const privateRt = journal.recordedResources(id).find((r) => r.kind === "route-table" && r.logicalId === "private-rt")!.awsId!;
      const routes = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [privateRt] }))).RouteTables![0].Routes!;
      expect(routes.find((r) => r.DestinationCidrBlock === "0.0.0.0/0")?.NatGatewayId).toBe(nat);
    }
    const cleanup = await cleanupDeployment(journal, journal.getDeployment(a.id)!);
    expect(cleanup.failures).toEqual([]);
    expect(await countByTag(sb.sandbox.motoEndpoint, REGION, a.id)).toEqual({});
    expect(await countByTag(sb.sandbox.motoEndpoint, REGION, b.id)).toEqual(expected);
  });

  it("registers a target that ELBv2 still refuses right after launch, by retrying InvalidTarget as Terraform does", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const sgId = (await clients.ec2.send(new CreateSecurityGroupCommand({ VpcId: net.vpcId, GroupName: "web", Description: "web" }))).GroupId!;
    const targetGroupArn = (await clients.elb.send(new CreateTargetGroupCommand({ Name: "web-tg", Protocol: "HTTP", Port: 80, VpcId: net.vpcId }))).TargetGroups![0].TargetGroupArn!;
    const instanceId = (await launch(clients, net.subnets.publicA, sgId, true)).InstanceId!;
    const ctx = { port: sdkPort({ region: REGION, endpoint: sb.endpoint }), wait: () => ({ timeoutMs: 30_000, minDelayMs: 50, maxDelayMs: 200 }) } as unknown as ProviderContext;
    await expect(targetRegistration.create!({ targetGroupArn, instanceId, port: 80 }, ctx)).resolves.toEqual({ TargetGroupArn: targetGroupArn, InstanceId: instanceId });
    // The first answers were InvalidTarget: the step asked again rather than failing the deploy.
    expect((await sb.sandbox.stats()).byAction.RegisterTargets).toBeGreaterThan(1);
  });

  it("counts every VPC in preflight, across pages (the sandbox answers 5 at a time)", async () => {
    const { ec2 } = labClients(sb);
    for (let i = 0; i < 7; i += 1) await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${i}.0.0/16` }));
    const checks = await preflightQuotas(sdkPort({ region: REGION, endpoint: sb.endpoint }), seedLab());
    // 7 of ours + the default VPC; one page would have shown at most 5.
    expect(checks.find((c) => c.id === "quota-vpcs")).toMatchObject({ status: "fail", params: { used: 8, added: 1 } });
  });
});
