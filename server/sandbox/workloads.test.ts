import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { DescribeInstancesCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, EC2Client, GetConsoleOutputCommand } from "@aws-sdk/client-ec2";
import { DescribeListenersCommand, DescribeLoadBalancersCommand, DescribeTargetHealthCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { Design } from "../../lib/design/schema";
import { ingress } from "../../lib/templates/parts";
import { seedLab } from "../../lib/templates/seed-lab";
import { vpcd } from "../testing/cli-harness";
import { deployTo, tempJournal } from "../testing/engine-support";
import { projectRoot } from "../util/project-root";
import { BASE_DELAYS_MS } from "./clocks";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { hostLeftovers, requestMany } from "../testing/workloads";

const SCALE = 0.01;
const sb = sandboxPerFile({ timeScale: SCALE });
const run = promisify(execFile);

/**
 * The health-check time of the seed lab's target group (30 s interval, 5 s timeout, 2 to fail),
 * time-scaled, plus what is not scaled: the instances' real boot (bubblewrap, Python, Flask)
 * and the 1 s floor the sandbox puts under scaled timeouts on a busy machine.
 */
const HEALTH_CHECK_MS = (BASE_DELAYS_MS.albActive + 2 * 30_000) * SCALE + 2 * 1_000;
const BOOT_MS = 20_000;

/**
 * The seed lab as AWS recommends the web tier: the ALB in its own group (80 from anywhere) and
 * the web servers accepting port 80 only from the ALB's group.
 */
function labWithAlbGroup(): Design {
  const design = structuredClone(seedLab()) as Design & { securityGroups: Record<string, unknown>; loadBalancers: Record<string, { securityGroupIds: string[] }> };
  const albSg = "alb-sg" as Design["securityGroups"][string]["id"];
  design.securityGroups[albSg] = { ...design.securityGroups["lab-sg" as never], id: albSg, name: "alb-sg", description: "HTTP from anywhere to the ALB", ingress: [ingress("tcp", 80, "0.0.0.0/0", "HTTP")] };
  const web = design.securityGroups["lab-sg" as never] as Design["securityGroups"][string];
  web.ingress = [ingress("tcp", 22, "0.0.0.0/0", "SSH"), { protocol: "tcp", fromPort: 80, toPort: 80, peer: { kind: "security-group", securityGroupId: albSg }, description: "HTTP from the ALB" }];
  design.loadBalancers["lab-alb" as never].securityGroupIds = [albSg];
  return design;
}

async function deployLab(design: Design = seedLab()) {
  const { journal, dir } = tempJournal();
  const { id, result } = await deployTo(sb.endpoint, design, journal);
  expect(result.status).toBe("complete");
  const ec2 = new EC2Client(sb.clientConfig());
  const elb = new ElasticLoadBalancingV2Client(sb.clientConfig());
  const Filters = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [id] }];
  const instances = ((await ec2.send(new DescribeInstancesCommand({ Filters }))).Reservations ?? []).flatMap((r) => r.Instances ?? []);
  const byName = Object.fromEntries(instances.map((i) => [i.Tags?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value, i]));
  const lb = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers!.find((l) => l.LoadBalancerName?.startsWith("lab-alb-"))!;
  const groups = (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups ?? [];
  const groupOf = (logicalId: string) => groups.find((g) => g.Tags?.some((t) => t.Key === TAG_LOGICAL_ID && t.Value === logicalId))?.GroupId;
  const sgId = groupOf("lab-sg")!;
  const listeners = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Listeners ?? [];
  journal.close();
  return { id, dir, ec2, elb, byName, lb, sgId, albSgId: groupOf("alb-sg"), tgArn: listeners[0].DefaultActions![0].TargetGroupArn! };
}

async function targetStates(elb: ElasticLoadBalancingV2Client, tgArn: string): Promise<string[]> {
  const out = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
  return (out.TargetHealthDescriptions ?? []).map((d) => d.TargetHealth?.State ?? "");
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

async function aws(...args: string[]) {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_DEFAULT_REGION: "ap-northeast-2", AWS_ENDPOINT_URL: sb.endpoint, AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null" };
  await run(path.join(projectRoot(), ".venv", "bin", "aws"), args, { env });
}

describe("the sandbox runs the seed lab", () => {
  it("boots the web instances' user data and the load balancer answers from both private IPs", async () => {
    expect(await sb.sandbox.workloads()).toMatchObject({ status: "on" });
    const lab = await deployLab();
    expect(lab.lb.DNSName).toMatch(/^127\.0\.0\.1:\d+$/);
    const { tgArn } = lab;
    const seen = new Set<string>();
    await until("both targets healthy", HEALTH_CHECK_MS + BOOT_MS, async () => {
      const states = await targetStates(lab.elb, tgArn);
      states.forEach((s) => seen.add(s));
      return states;
    }, (states) => states.length === 2 && states.every((s) => s === "healthy"));
    expect(seen.has("initial")).toBe(true);

    const result = await requestMany(`http://${lab.lb.DNSName}/`, 20);
    expect(result.answered).toBe(20);
    const webIps = [lab.byName["web-a"].PrivateIpAddress!, lab.byName["web-c"].PrivateIpAddress!].sort();
    expect(Object.keys(result.byPrivateIp).sort()).toEqual(webIps);

    const console = await lab.ec2.send(new GetConsoleOutputCommand({ InstanceId: lab.byName["web-a"].InstanceId! }));
    expect(Buffer.from(console.Output ?? "", "base64").toString("utf8")).toContain("Started Seed lab Flask app");

    const cli = await vpcd(["test-lb", lab.id, "--count", "6", "--json"], undefined, { VPCD_DATA_DIR: lab.dir, VPCD_SANDBOX_TIME_SCALE: String(SCALE) });
    expect(cli.code).toBe(0);
    const parsed = JSON.parse(cli.stdout) as { url: string; answered: number; failed: number; byPrivateIp: Record<string, number> };
    expect(Object.keys(parsed).sort()).toEqual(["answered", "byPrivateIp", "failed", "url"]);
    expect(parsed).toMatchObject({ url: `http://${lab.lb.DNSName}/`, answered: 6, failed: 0 });
    expect(Object.keys(parsed.byPrivateIp).sort()).toEqual(webIps);
  });

  it("stops answering when port 80 is revoked with the AWS CLI, and recovers when it is authorized again", async () => {
    const lab = await deployLab();
    const { tgArn } = lab;
    const url = `http://${lab.lb.DNSName}/`;
    await until("both targets healthy", HEALTH_CHECK_MS + BOOT_MS, () => targetStates(lab.elb, tgArn), (s) => s.length === 2 && s.every((x) => x === "healthy"));
    const rule = ["--group-id", lab.sgId, "--protocol", "tcp", "--port", "80", "--cidr", "0.0.0.0/0"];
    await aws("ec2", "revoke-security-group-ingress", ...rule);
    await until("both targets unhealthy", HEALTH_CHECK_MS, () => targetStates(lab.elb, tgArn), (s) => s.every((x) => x === "unhealthy"));
    // The ALB shares lab-sg: without port 80 its own interfaces drop the request, so nothing answers.
    const closed = await requestMany(url, 4, 1_500);
    expect(closed).toMatchObject({ answered: 0, failed: 4 });
    await aws("ec2", "authorize-security-group-ingress", ...rule);
    await until("both targets healthy again", HEALTH_CHECK_MS + 5 * 30_000 * SCALE, () => targetStates(lab.elb, tgArn), (s) => s.every((x) => x === "healthy"));
    expect((await requestMany(url, 8)).answered).toBe(8);
  });

  it("enforces a rule from the ALB's group, fails open with 504 when no target is healthy, and needs a route to the internet gateway", async () => {
    const lab = await deployLab(labWithAlbGroup());
    const url = `http://${lab.lb.DNSName}/`;
    await until("both targets healthy", HEALTH_CHECK_MS + BOOT_MS, () => targetStates(lab.elb, lab.tgArn), (s) => s.length === 2 && s.every((x) => x === "healthy"));
    expect((await requestMany(url, 4)).answered).toBe(4);

    const fromAlb = ["--group-id", lab.sgId, "--ip-permissions", JSON.stringify([{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: lab.albSgId, Description: "HTTP from the ALB" }] }])];
    await aws("ec2", "revoke-security-group-ingress", ...fromAlb);
    await until("both targets unhealthy", HEALTH_CHECK_MS, () => targetStates(lab.elb, lab.tgArn), (s) => s.every((x) => x === "unhealthy"));
    // No healthy target: the ALB fails open, sends the request anyway, and the target's group drops it.
    const answer = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(answer.status).toBe(504);
    await aws("ec2", "authorize-security-group-ingress", ...fromAlb);
    await until("both targets healthy again", HEALTH_CHECK_MS + 5 * 30_000 * SCALE, () => targetStates(lab.elb, lab.tgArn), (s) => s.every((x) => x === "healthy"));

    const publicRt = await routeTableOf(lab.ec2, lab.byName["web-a"].SubnetId!);
    await aws("ec2", "delete-route", "--route-table-id", publicRt.id, "--destination-cidr-block", "0.0.0.0/0");
    await until("no answer without a route to the internet gateway", 5_000, () => requestMany(url, 1, 1_000), (r) => r.answered === 0);
    await aws("ec2", "create-route", "--route-table-id", publicRt.id, "--destination-cidr-block", "0.0.0.0/0", "--gateway-id", publicRt.igwId);
    await until("answers again", 5_000, () => requestMany(url, 1, 1_000), (r) => r.answered === 1);
  });

  it("ends a terminated instance's environment, and leaves no process, namespace or firewall table on the host after a reset", async () => {
    const lab = await deployLab();
    const { tgArn } = lab;
    await until("a target healthy", HEALTH_CHECK_MS + BOOT_MS, () => targetStates(lab.elb, tgArn), (s) => s.includes("healthy"));
    const running = await sb.sandbox.workloads();
    expect(running.instances.map((i) => i.privateIp).sort()).toEqual([lab.byName["web-a"].PrivateIpAddress, lab.byName["web-c"].PrivateIpAddress].sort());
    expect(running.instances.every((i) => i.rssKb > 0 && i.pids.length > 0)).toBe(true);
    const webA = running.instances.find((i) => i.instanceId === lab.byName["web-a"].InstanceId)!;
    const namespaceOfWebA = () => hostLeftovers([]).namespaces.filter((name) => name.endsWith(webA.instanceId));
    expect(namespaceOfWebA()).toHaveLength(1);
    await aws("ec2", "terminate-instances", "--instance-ids", webA.instanceId);
    await until("web-a's processes gone", 10_000, async () => hostLeftovers(webA.pids).processes, (alive) => alive.length === 0);
    await until("web-a's namespace gone", 5_000, async () => namespaceOfWebA(), (left) => left.length === 0);
    expect((await sb.sandbox.workloads()).instances.map((i) => i.instanceId)).toEqual([lab.byName["web-c"].InstanceId]);

    const pids = running.instances.flatMap((i) => i.pids);
    const before = hostLeftovers(pids);
    expect(before.namespaces.length).toBeGreaterThan(0);
    expect(before.processes.length).toBeGreaterThan(0);
    await sb.sandbox.reset();
    expect(hostLeftovers(pids)).toEqual({ namespaces: [], processes: [], hostTables: before.hostTables });
    expect((await sb.sandbox.workloads()).instances).toEqual([]);
  });
});

async function routeTableOf(ec2: EC2Client, subnetId: string): Promise<{ id: string; igwId: string }> {
  const tables = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: "association.subnet-id", Values: [subnetId] }] }))).RouteTables ?? [];
  const route = tables[0].Routes?.find((r) => r.DestinationCidrBlock === "0.0.0.0/0");
  return { id: tables[0].RouteTableId!, igwId: route!.GatewayId! };
}
