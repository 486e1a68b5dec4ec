import { DescribeInstancesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeListenersCommand, DescribeLoadBalancersCommand, DescribeTargetHealthCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { studentSandboxAccount } from "../../lib/deploy/sandbox-account";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import { seedLab } from "../../lib/templates/seed-lab";
import { createDeployment } from "../engine/deployments";
import { runDeployment } from "../engine/run-deployment";
import type { Journal } from "../journal";
import { tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";
import { requestMany } from "../testing/workloads";
import { BASE_DELAYS_MS } from "./clocks";

const SCALE = 0.01;
/** The seed lab's health-check time (scaled) plus the real boot of the Flask instances; see workloads.test.ts. */
const HEALTHY_WITHIN_MS = (BASE_DELAYS_MS.albActive + 2 * 30_000) * SCALE + 2 * 1_000 + 30_000;

describe("the data plane in students' sandbox accounts", () => {
  const sb = useSandbox({ timeScale: SCALE });
  const as = (accessKeyId: string) => ({ ...sb.clientConfig(), credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });

  /** Deploys the seed lab into `account` and reads back its web instances' IPs and its load balancer. */
  async function deployLab(journal: Journal, account: string) {
    const row = createDeployment(journal, seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint, accountId: account });
    expect((await runDeployment(journal, row.id, {})).status).toBe("complete");
    const ec2 = new EC2Client(as(account));
    const elb = new ElasticLoadBalancingV2Client(as(account));
    const Filters = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [row.id] }];
    const instances = ((await ec2.send(new DescribeInstancesCommand({ Filters }))).Reservations ?? []).flatMap((r) => r.Instances ?? []);
    const ipOf = (logicalId: string) => instances.find((i) => i.Tags?.some((t) => t.Key === TAG_LOGICAL_ID && t.Value === logicalId))?.PrivateIpAddress;
    const lb = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers!.find((l) => l.LoadBalancerName?.startsWith("lab-alb-"))!;
    const tgArn = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Listeners![0]!.DefaultActions![0]!.TargetGroupArn!;
    const states = async () => ((await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }))).TargetHealthDescriptions ?? []).map((d) => d.TargetHealth?.State);
    ec2.destroy();
    return { dnsName: lb.DNSName!, webIps: [ipOf("web-a")!, ipOf("web-c")!].sort(), states, done: () => elb.destroy() };
  }

  async function healthy(states: () => Promise<Array<string | undefined>>) {
    const deadline = Date.now() + HEALTHY_WITHIN_MS;
    let last = await states();
    while (!(last.length === 2 && last.every((s) => s === "healthy")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      last = await states();
    }
    return last;
  }

  it("runs the seed lab of two students at once, each in their own account: targets turn healthy and each ALB answers from its own instances' private IPs", async () => {
    expect(await sb.sandbox.workloads()).toMatchObject({ status: "on" });
    const { journal } = tempJournal();
    // Both labs use the same CIDRs: the two accounts' instances may even share private IPs.
    const labs = await Promise.all(["user-dana", "user-eli"].map((user) => deployLab(journal, studentSandboxAccount(user))));
    journal.close();
    for (const lab of labs) {
      expect(lab.dnsName).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(await healthy(lab.states)).toEqual(["healthy", "healthy"]);
    }
    for (const lab of labs) {
      const answers = await requestMany(`http://${lab.dnsName}/`, 8);
      expect(answers.answered).toBe(8);
      expect(Object.keys(answers.byPrivateIp).sort()).toEqual(lab.webIps);
      lab.done();
    }
    expect((await sb.sandbox.workloads()).instances).toHaveLength(4);
  });
});
