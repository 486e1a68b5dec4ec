import { CreateRouteCommand, RevokeSecurityGroupIngressCommand, TerminateInstancesCommand } from "@aws-sdk/client-ec2";
import { DeleteLoadBalancerCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { estimateCost } from "../../lib/plan/cost";
import { seedLab } from "../../lib/templates/seed-lab";
import { sdkPort } from "../aws/sdk-port";
import { useSandbox } from "../testing/sandbox-harness";
import { labClients } from "../testing/lab";
import { deployTaggedLab } from "../testing/deployment";
import { forgetStatus, refreshStatus } from "./refresh";
import { deployTaggedFleet } from "../testing/fleet";
import { formatFacts } from "../cli/format/live-text";

const SCALE = 0.02;
const target = { kind: "sandbox" as const, region: "ap-northeast-2" };

describe("live status", () => {
  // Reads moto's view of target health and DNS names; running the lab's workloads is tested in server/sandbox/workloads.test.ts.
  const sb = useSandbox({ timeScale: SCALE, workloads: false });
  const port = () => sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });

  async function callsOf(run: () => Promise<unknown>): Promise<number> {
    const before = (await sb.sandbox.stats()).total;
    await run();
    return (await sb.sandbox.stats()).total - before;
  }

  it("shows the seed lab ready, with the ALB's DNS name and target health, in at most 10 calls", async () => {
    const { recorded } = await deployTaggedLab(sb, "st-lab");
    await new Promise((r) => setTimeout(r, 150_000 * SCALE + 500)); // the ALB becomes active
    forgetStatus("st-lab");
    const input = { deploymentId: "st-lab", recorded, design: seedLab(), target, port: port(), deployedAt: Date.now() - 3_600_000 };
    let reading = await refreshStatus(input);
    const calls = await callsOf(async () => (reading = await refreshStatus(input)));
    expect(calls).toBeLessThanOrEqual(10);
    expect(calls).toBe(reading.calls);
    expect(reading.view.entities["lab-alb"]).toMatchObject({ phase: "ready", facts: [{ key: "dnsName", params: { dns: expect.stringMatching(/elb\.amazonaws\.com$/) } }] });
    expect(reading.view.entities["web-a"].facts).toEqual([
      { key: "privateIp", params: { ip: expect.stringMatching(/^192\.168\.2\.\d+$/) } },
      { key: "publicIp", params: { ip: expect.stringMatching(/^54\./) } },
      { key: "checks", params: { system: "ok", instance: "ok" } },
      { key: "targetHealth", params: { state: "healthy", reason: "none" } },
    ]);
    // The sandbox hands out Elastic IPs from 127.0.0.0/8: labelled as sandbox addresses (docs/aws-facts.md §18.1).
    expect(reading.view.entities["lab-nat"]).toMatchObject({ phase: "ready", facts: [{ key: "sandboxIp", params: { ip: expect.stringMatching(/^127\./) } }] });
    // The meter counts what the Deploy tab estimated: the same prices, the same items.
    expect(reading.cost.usdPerHour).toBeCloseTo(estimateCost(seedLab()).perHour, 4);
    expect(reading.cost.usd).toBeCloseTo(reading.cost.usdPerHour, 2);
  });

  it("flags drift: a rule removed, an instance terminated, a route added and the ALB deleted outside the app", async () => {
    const { recorded, ids } = await deployTaggedLab(sb, "st-drift");
    const raw = labClients(sb);
    await raw.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: ids.sgId, IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }));
    await raw.ec2.send(new TerminateInstancesCommand({ InstanceIds: [ids.instances.appA] }));
    await raw.ec2.send(new CreateRouteCommand({ RouteTableId: ids.privateRt, DestinationCidrBlock: "10.9.0.0/16", GatewayId: ids.igwId }));
    await raw.elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: ids.albArn }));
    await new Promise((r) => setTimeout(r, 45_000 * SCALE + 300)); // terminated
    forgetStatus("st-drift");
    let view = (await refreshStatus({ deploymentId: "st-drift", recorded, design: seedLab(), target, port: port(), deployedAt: Date.now() })).view;
    const calls = await callsOf(async () => (view = (await refreshStatus({ deploymentId: "st-drift", recorded, design: seedLab(), target, port: port(), deployedAt: Date.now() })).view));
    expect(calls).toBeLessThanOrEqual(10);
    // In English as the CLI words them (the browser words the same keys in the reader's language).
    const said = (id: string) => ({ phase: view.entities[id]!.phase, detail: formatFacts(view.entities[id]!.facts) });
    expect(said("lab-alb")).toEqual({ phase: "drifted", detail: "deleted outside the app" });
    expect(said("lab-sg")).toEqual({ phase: "drifted", detail: "inbound rule removed outside the app: tcp 22 from 0.0.0.0/0" });
    expect(said("app-a")).toEqual({ phase: "drifted", detail: "terminated outside the app" });
    expect(said("private-rt")).toEqual({ phase: "drifted", detail: `route added outside the app: 10.9.0.0/16 → ${ids.igwId}` });
    expect(view.entities["web-a"].phase).toBe("ready");
  });

  it.each([10, 200])("refreshes a deployment of %i resources in at most 10 AWS calls", async (total) => {
    // A call budget at AWS's page sizes (EC2 answers up to 1,000 items a page, ELBv2 400): the
    // sandbox's default of 5 a page proves callers follow pages, not how many calls AWS needs.
    await sb.sandbox.configure({ pageSize: 400 });
    const recorded = await deployTaggedFleet(sb, `fleet-${total}`, total);
    expect(recorded).toHaveLength(total);
    forgetStatus(`fleet-${total}`);
    const input = { deploymentId: `fleet-${total}`, recorded, target, port: port(), deployedAt: Date.now() };
    for (let round = 0; round < 3; round++) {
      let rows = 0;
      const calls = await callsOf(async () => (rows = (await refreshStatus(input)).view.rows.length));
      expect(calls).toBeLessThanOrEqual(10);
      expect(rows).toBe(total);
    }
  });
});
