import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from "@aws-sdk/client-resource-groups-tagging-api";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it } from "vitest";
import { useSandbox } from "../testing/sandbox-harness";
import { buildNetwork, labClients } from "../testing/lab";

describe("calls the layer has no rule for", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("reach moto untouched for STS and the tagging API, and every call is counted by action", async () => {
    const config = { ...sb.clientConfig(), maxAttempts: 1 };
    const identity = await new STSClient(config).send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe("123456789012");
    const clients = labClients(sb);
    await buildNetwork(clients);
    const tagged = await new ResourceGroupsTaggingAPIClient(config).send(new GetResourcesCommand({ ResourceTypeFilters: ["ec2:vpc"] }));
    expect(tagged.ResourceTagMappingList).toBeDefined();
    const stats = await sb.sandbox.stats();
    expect(stats.byAction).toMatchObject({ GetCallerIdentity: 1, CreateVpc: 1, CreateSubnet: 4, AssociateRouteTable: 3, GetResources: 1 });
    expect(stats.total).toBe(Object.values(stats.byAction).reduce((a, b) => a + b, 0));
  });

  it("serves the control API over HTTP: stats, config and reset", async () => {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    await ec2.send(new DescribeVpcsCommand({}));
    const headers = { "x-vpcd-sandbox-token": sb.sandbox.controlToken };
    expect(await (await fetch(`${sb.endpoint}/_sandbox/stats`, { headers })).json()).toEqual({ total: 1, byAction: { DescribeVpcs: 1 } });
    const configured = await fetch(`${sb.endpoint}/_sandbox/config`, { method: "POST", headers, body: JSON.stringify({ timeScale: 0.5, faults: "throttle=0.5,seed=3" }) });
    expect(await configured.json()).toMatchObject({ timeScale: 0.5, faults: { throttle: 0.5, seed: 3 } });
    expect((await fetch(`${sb.endpoint}/_sandbox/reset`, { method: "POST", headers })).status).toBe(200);
    expect(await (await fetch(sb.sandbox.statsUrl)).json()).toEqual({ total: 0, byAction: {} });
    expect((await fetch(`${sb.endpoint}/_sandbox/nope`, { headers })).status).toBe(404);
  });

  it("refuses the control API and moto's API without this run's token, and oversized bodies", async () => {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    await ec2.send(new DescribeVpcsCommand({}));
    for (const [path, method] of [["/_sandbox/reset", "POST"], ["/_sandbox/stats", "GET"], ["/_sandbox/config", "POST"], ["/moto-api/reset", "POST"], ["/moto-api/data.json", "GET"]]) {
      expect((await fetch(`${sb.endpoint}${path}`, { method })).status, path).toBe(403);
      expect((await fetch(`${sb.endpoint}${path}`, { method, headers: { "x-vpcd-sandbox-token": "guess" } })).status, path).toBe(403);
    }
    // Nothing was reset: the earlier call is still counted.
    expect((await sb.sandbox.stats()).byAction).toEqual({ DescribeVpcs: 1 });
    const headers = { "x-vpcd-sandbox-token": sb.sandbox.controlToken };
    const huge = await fetch(`${sb.endpoint}/_sandbox/config`, { method: "POST", headers, body: JSON.stringify({ faults: "x".repeat(100 * 1024) }) });
    expect(huge.status).toBe(413);
  });
});
