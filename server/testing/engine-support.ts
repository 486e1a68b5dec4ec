import "server-only";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeAddressesCommand, DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeNatGatewaysCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeLoadBalancersCommand, DescribeTagsCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { Design } from "../../lib/design/schema";
import type { Plan } from "../../lib/plan/types";
import { openJournal, type Journal } from "../journal";
import { createDeployment } from "../engine/deployments";
import { runDeployment, type RunResult } from "../engine/run-deployment";

/** A journal in a fresh temporary folder. */
export function tempJournal(): { journal: Journal; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "vpcd-deploy-"));
  return { journal: openJournal(dir), dir };
}

/** Records and runs a deployment of `design` against a sandbox endpoint, in this process. */
export async function deployTo(endpoint: string, design: Design, journal: Journal, concurrency?: number, adjustPlan?: (plan: Plan) => Plan): Promise<{ id: string; result: RunResult }> {
  const row = createDeployment(journal, design, { kind: "sandbox", region: design.region, endpoint }, { adjustPlan });
  return { id: row.id, result: await runDeployment(journal, row.id, { concurrency }) };
}

const config = (endpoint: string, region: string, accessKeyId = "test") => ({ region, endpoint, credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });

/**
 * How many live resources of each kind carry each logical id of a deployment, read straight
 * from moto (no faults): `{ "vpc:lab-vpc": 1, "instance:web-a": 1, … }`. A duplicate shows as 2.
 */
export async function countByTag(motoEndpoint: string, region: string, deploymentId: string, sandboxAccount?: string): Promise<Record<string, number>> {
  // A student's sandbox account (a 12-digit key): read through the sandbox, which maps it for moto.
  const ec2 = new EC2Client(config(motoEndpoint, region, sandboxAccount));
  const elb = new ElasticLoadBalancingV2Client(config(motoEndpoint, region, sandboxAccount));
  const Filters = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [deploymentId] }];
  const counts: Record<string, number> = {};
  const add = (kind: string, tags: Array<{ Key?: string; Value?: string }> | undefined) => {
    const id = tags?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value ?? "?";
    counts[`${kind}:${id}`] = (counts[`${kind}:${id}`] ?? 0) + 1;
  };
  (await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs?.forEach((r) => add("vpc", r.Tags));
  (await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets?.forEach((r) => add("subnet", r.Tags));
  (await ec2.send(new DescribeInternetGatewaysCommand({ Filters }))).InternetGateways?.forEach((r) => add("internet-gateway", r.Tags));
  (await ec2.send(new DescribeRouteTablesCommand({ Filters }))).RouteTables?.forEach((r) => add("route-table", r.Tags));
  (await ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses?.forEach((r) => add("elastic-ip", r.Tags));
  // Bare moto ignores tag filters on DescribeNatGateways (the sandbox applies them): match here.
  const ours = (tags?: Array<{ Key?: string; Value?: string }>) => tags?.some((t) => t.Key === TAG_DEPLOYMENT && t.Value === deploymentId);
  (await ec2.send(new DescribeNatGatewaysCommand({ Filter: Filters }))).NatGateways?.filter((n) => n.State !== "deleted" && ours(n.Tags)).forEach((r) => add("nat-gateway", r.Tags));
  (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups?.forEach((r) => add("security-group", r.Tags));
  const live = [...Filters, { Name: "instance-state-name", Values: ["pending", "running"] }];
  (await ec2.send(new DescribeInstancesCommand({ Filters: live }))).Reservations?.flatMap((r) => r.Instances ?? []).forEach((r) => add("instance", r.Tags));
  const lbs = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
  const tgs = (await elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? [];
  const arns = [...lbs.map((l) => [l.LoadBalancerArn!, "load-balancer"]), ...tgs.map((t) => [t.TargetGroupArn!, "target-group"])];
  for (const [arn, kind] of arns) {
    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.[0]?.Tags;
    if (tags?.some((t) => t.Key === TAG_DEPLOYMENT && t.Value === deploymentId)) add(kind, tags);
  }
  ec2.destroy();
  elb.destroy();
  return counts;
}

/** What the plan expects: one of each created entity, keyed like `countByTag`. */
export function expectedCounts(design: Design): Record<string, number> {
  const expected: Record<string, number> = {};
  const put = (kind: string, ids: string[]) => ids.forEach((id) => (expected[`${kind}:${id}`] = 1));
  put("vpc", Object.keys(design.vpcs));
  put("subnet", Object.keys(design.subnets));
  put("internet-gateway", Object.keys(design.internetGateways));
  put("route-table", Object.keys(design.routeTables));
  put("elastic-ip", Object.keys(design.elasticIps));
  put("nat-gateway", Object.keys(design.natGateways));
  put("security-group", Object.keys(design.securityGroups));
  put("instance", Object.keys(design.instances));
  put("load-balancer", Object.keys(design.loadBalancers));
  put("target-group", Object.keys(design.targetGroups));
  return expected;
}
