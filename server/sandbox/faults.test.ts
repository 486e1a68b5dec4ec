import { CreateInternetGatewayCommand, CreateNatGatewayCommand, DescribeInstancesCommand, DescribeVpcsCommand, EC2Client, RunInstancesCommand, paginateDescribeInternetGateways } from "@aws-sdk/client-ec2";
import { DescribeAccountLimitsCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure } from "../testing/expect";
import { LAB_AMI, buildNetwork, labClients } from "../testing/lab";

/** What the client saw: "ok", the AWS error code, or "network" when no HTTP answer came. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } };
    return e.$metadata?.httpStatusCode ? e.name : "network";
  }
}

describe("injected faults", () => {
  const sb = useSandbox({ timeScale: 0 });
  const ec2 = () => new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });

  async function sequence(client: EC2Client, n: number): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < n; i += 1) seen.push(await outcome(client.send(new DescribeVpcsCommand({}))));
    return seen;
  }

  it("fails the same calls the same way for the same seed, and differently for another seed", async () => {
    const spec = "throttle=0.2,error=0.1,reset=0.05,seed=7";
    await sb.sandbox.configure({ faults: spec });
    const first = await sequence(ec2(), 60);
    await sb.sandbox.reset();
    const second = await sequence(ec2(), 60);
    await sb.sandbox.configure({ faults: spec.replace("seed=7", "seed=8") });
    const other = await sequence(ec2(), 60);
    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set(["ok", "RequestLimitExceeded", "InternalError", "network"]));
    expect(other).not.toEqual(first);
  });

  it("injects each fault at close to its requested rate over 1,000 calls", async () => {
    const client = ec2();
    await sb.sandbox.configure({ faults: "throttle=0.1,error=0.03,reset=0.01,lost=0.05,slow=0.02,slowMs=150,seed=11" });
    const results: Array<{ outcome: string; ms: number }> = [];
    for (let i = 0; i < 1000; i += 1) {
      const start = performance.now();
      const tags = [{ ResourceType: "internet-gateway" as const, Tags: [{ Key: "call", Value: String(i) }] }];
      const seen = await outcome(client.send(new CreateInternetGatewayCommand({ TagSpecifications: tags })));
      results.push({ outcome: seen, ms: performance.now() - start });
    }
    // Ten pages of 100 (each page makes moto list all 1,000 gateways again).
    await sb.sandbox.configure({ faults: "", pageSize: 100 });
    // A call that reached moto left an internet gateway tagged with its number.
    const igws = [];
    for await (const page of paginateDescribeInternetGateways({ client, pageSize: 100 }, { Filters: [{ Name: "tag-key", Values: ["call"] }] })) igws.push(...(page.InternetGateways ?? []));
    const created = new Set(igws.map((igw) => igw.Tags?.find((t) => t.Key === "call")?.Value));
    const rate = (test: (r: { outcome: string; ms: number }, i: number) => boolean) => results.filter(test).length / results.length;
    const lost = rate((r, i) => r.outcome === "network" && created.has(String(i)));
    const reset = rate((r, i) => r.outcome === "network" && !created.has(String(i)));
    expect(Math.abs(rate((r) => r.outcome === "RequestLimitExceeded") - 0.1)).toBeLessThan(0.03);
    expect(Math.abs(rate((r) => r.outcome === "InternalError") - 0.03)).toBeLessThan(0.02);
    expect(Math.abs(reset - 0.01)).toBeLessThan(0.015);
    expect(Math.abs(lost - 0.05)).toBeLessThan(0.025);
    expect(Math.abs(rate((r) => r.outcome === "ok" && r.ms >= 150) - 0.02)).toBeLessThan(0.015);
    expect((await sb.sandbox.stats()).byAction.CreateInternetGateway).toBe(1000);
  });

  it("sends errors the SDK parses: RequestLimitExceeded (503) and InternalError (500) for EC2, Throttling for ELBv2", async () => {
    await sb.sandbox.configure({ faults: "throttle=1" });
    expect(await awsFailure(ec2().send(new DescribeVpcsCommand({})))).toMatchObject({ code: "RequestLimitExceeded", status: 503 });
    const elb = new ElasticLoadBalancingV2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    expect(await awsFailure(elb.send(new DescribeLoadBalancersCommand({})))).toMatchObject({ code: "Throttling", status: 400 });
    await sb.sandbox.configure({ faults: "error=1" });
    expect(await awsFailure(ec2().send(new DescribeVpcsCommand({})))).toMatchObject({ code: "InternalError", status: 500 });
    expect(await awsFailure(elb.send(new DescribeLoadBalancersCommand({})))).toMatchObject({ code: "InternalError", status: 500 });
  });

  it("never faults the control API or moto's own API", async () => {
    await sb.sandbox.configure({ faults: "reset=1" });
    const stats = await fetch(sb.sandbox.statsUrl);
    expect(stats.status).toBe(200);
    const moto = await fetch(`${sb.endpoint}/moto-api/data.json`, { headers: { "x-vpcd-sandbox-token": sb.sandbox.controlToken } });
    expect(moto.status).toBe(200);
  });

  it("lets a lost RunInstances take effect, and a retry with the same ClientToken finds it", async () => {
    const client = ec2();
    await sb.sandbox.configure({ faults: "lost=1" });
    const input = { ImageId: LAB_AMI, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, ClientToken: "web-a" } as const;
    expect(await outcome(client.send(new RunInstancesCommand(input)))).toBe("network");
    await sb.sandbox.configure({ faults: "" });
    const retried = await client.send(new RunInstancesCommand(input));
    const all = await client.send(new DescribeInstancesCommand({}));
    expect(all.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual([retried.Instances![0].InstanceId]);
  });

  it("fails every call of a `fail=` action with a non-retryable AWS error, and nothing else", async () => {
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    await sb.sandbox.configure({ faults: "fail=CreateNatGateway" });
    const call = () => clients.ec2.send(new CreateNatGatewayCommand({ SubnetId: net.subnets.publicNat, AllocationId: net.allocationId }));
    expect(await awsFailure(call())).toMatchObject({ code: "NatGatewayLimitExceeded", status: 400 });
    expect(await awsFailure(call())).toMatchObject({ code: "NatGatewayLimitExceeded" });
    expect(await outcome(clients.ec2.send(new DescribeVpcsCommand({})))).toBe("ok");
  });

  it("answers a `deny=` action as AWS answers a call IAM denies, in each service's own code, and nothing else", async () => {
    const config = { ...sb.clientConfig(), maxAttempts: 1 };
    const elb = new ElasticLoadBalancingV2Client(config);
    const iam = new IAMClient({ ...config, region: "us-east-1" });
    const ssm = new SSMClient(config);
    await sb.sandbox.configure({ faults: "deny=DescribeAccountLimits+GetRole+GetParameter+RunInstances" });
    expect(await awsFailure(elb.send(new DescribeAccountLimitsCommand({})))).toMatchObject({ code: "AccessDenied", status: 403 });
    expect(await awsFailure(iam.send(new GetRoleCommand({ RoleName: "AWSServiceRoleForElasticLoadBalancing" })))).toMatchObject({ code: "AccessDenied", status: 403 });
    expect(await awsFailure(ssm.send(new GetParameterCommand({ Name: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" })))).toMatchObject({ code: "AccessDeniedException", status: 400 });
    // A denied dry run says UnauthorizedOperation where an allowed one says DryRunOperation.
    expect(await awsFailure(ec2().send(new RunInstancesCommand({ DryRun: true, ImageId: LAB_AMI, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1 })))).toMatchObject({ code: "UnauthorizedOperation", status: 403 });
    expect(await outcome(elb.send(new DescribeLoadBalancersCommand({})))).toBe("ok");
    for (const client of [elb, iam, ssm]) client.destroy();
  });

  it("rejects a bad fault spec, naming the key", async () => {
    await expect(sb.sandbox.configure({ faults: "throttle=2" })).rejects.toThrow(/throttle must be a rate between 0 and 1/);
    await expect(sb.sandbox.configure({ faults: "jitter=0.1" })).rejects.toThrow(/unknown fault "jitter"/);
    const response = await fetch(`${sb.endpoint}/_sandbox/config`, { method: "POST", headers: { "x-vpcd-sandbox-token": sb.sandbox.controlToken }, body: JSON.stringify({ timeScale: -1 }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/timeScale/);
  });
});
