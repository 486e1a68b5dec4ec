import { DescribeInstancesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeLoadBalancersCommand, DescribeTargetHealthCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { Design } from "../../lib/design/schema";
import { seedLab } from "../../lib/templates/seed-lab";
import { deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { requestMany } from "../testing/workloads";
import { BASE_DELAYS_MS } from "./clocks";

const SCALE = 0.01;
const sb = sandboxPerFile({ timeScale: SCALE });

/** The seed lab moved from 192.168.0.0/16 to 10.0.0.0/16, subnet for subnet. */
function labIn10(): Design {
  const design = structuredClone(seedLab());
  design.vpcs["lab-vpc" as never].cidr = "10.0.0.0/16";
  for (const subnet of Object.values(design.subnets)) subnet.cidr = subnet.cidr.replace(/^192\.168\./, "10.0.");
  return design;
}

describe("the lab's Flask app in a 10.0.0.0/16 VPC", () => {
  it("answers through the load balancer with each web instance's 10.0.* private address", async () => {
    expect(await sb.sandbox.workloads()).toMatchObject({ status: "on" });
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, labIn10(), journal);
    expect(result.status).toBe("complete");
    const ec2 = new EC2Client(sb.clientConfig());
    const elb = new ElasticLoadBalancingV2Client(sb.clientConfig());
    const instances = ((await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [id] }] }))).Reservations ?? []).flatMap((r) => r.Instances ?? []);
    const ipOf = (name: string) => instances.find((i) => i.Tags?.some((t) => t.Key === TAG_LOGICAL_ID && t.Value === name))!.PrivateIpAddress!;
    const lb = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers!.find((l) => l.LoadBalancerName?.startsWith("lab-alb-"))!;
    const tg = (await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).TargetGroups![0];
    const deadline = Date.now() + (BASE_DELAYS_MS.albActive + 2 * 30_000) * SCALE + 25_000;
    for (;;) {
      const states = ((await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))).TargetHealthDescriptions ?? []).map((d) => d.TargetHealth?.State);
      if (states.length === 2 && states.every((s) => s === "healthy")) break;
      if (Date.now() > deadline) expect.fail(`targets still ${JSON.stringify(states)}: the app does not answer its health checks`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answers = await requestMany(`http://${lb.DNSName}/`, 10);
    expect(answers.answered).toBe(10);
    const webIps = [ipOf("web-a"), ipOf("web-c")].sort();
    expect(webIps.every((ip) => ip.startsWith("10.0."))).toBe(true);
    expect(Object.keys(answers.byPrivateIp).sort()).toEqual(webIps);
  });
});
