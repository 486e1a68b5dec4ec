import { DeleteRouteCommand, DescribeVpcsCommand, RevokeSecurityGroupIngressCommand, waitUntilNatGatewayAvailable } from "@aws-sdk/client-ec2";
import { waitUntilLoadBalancerAvailable } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import type { ResourceRow } from "../../lib/live/types";
import { sdkPort } from "../aws";
import { cleanupDeployment, startCleanup } from "../cleanup/service";
import { findOrphans } from "../cleanup/sweep";
import { confirmCleanup } from "../confirm/cleanup";
import { getDeploymentView } from "../engine/deployments";
import { readDeploymentStatus } from "../live/service";
import { forgetStatus } from "../live/refresh";
import { vpcd } from "../testing/cli-harness";
import { tempJournal } from "../testing/engine-support";
import { buildLab, FAST_WAITER, labClients, type Clients, type LabIds } from "../testing/lab";
import { useSandbox } from "../testing/sandbox-harness";
import { adoptImportedVpc } from "./adopt-vpc";
import { formatLiveText } from "../cli/format/live-text";

const REGION = "ap-northeast-2";

/** The seed lab built by hand through the SDK (no vpcd tags: nothing this app made), settled. */
async function handMadeLab(aws: Clients): Promise<LabIds> {
  const lab = await buildLab(aws);
  await waitUntilNatGatewayAvailable({ client: aws.ec2, ...FAST_WAITER }, { NatGatewayIds: [lab.natId] });
  await waitUntilLoadBalancerAvailable({ client: aws.elb, ...FAST_WAITER }, { LoadBalancerArns: [lab.albArn] });
  return lab;
}

const byId = (rows: ResourceRow[]) => Object.fromEntries(rows.map((r) => [r.awsId, r]));

describe("adopting an existing VPC as a deployment", () => {
  const sb = useSandbox({ timeScale: 0.01 });

  it("records it in sync, shows exactly what changed in AWS as drift, and never cleans it up", { timeout: 300_000 }, async () => {
    const aws = labClients(sb);
    const lab = await handMadeLab(aws);
    const { journal } = tempJournal();
    const target = { kind: "sandbox" as const, region: REGION, endpoint: sb.endpoint };
    const port = sdkPort({ region: REGION, endpoint: sb.endpoint });
    const before = (await sb.sandbox.stats()).byAction;
    const adopted = await adoptImportedVpc(journal, port, target, lab.vpcId);

    // Adopting only read: no call that creates, changes or tags anything.
    const calls = (await sb.sandbox.stats()).byAction;
    const writes = Object.keys(calls).filter((a) => !/^(Describe|Get|List)/.test(a) && calls[a] !== before[a]);
    expect(writes).toEqual([]);
    expect(adopted.unsupported).toEqual([]);

    const row = journal.getDeployment(adopted.deploymentId)!;
    expect(row.adopted?.vpcId).toBe(lab.vpcId);
    expect(getDeploymentView(row.id, journal)).toMatchObject({ status: "complete", adopted: { vpcId: lab.vpcId } });
    // The journal records the imported AWS ids under each entity, as a deploy would.
    const recorded = Object.fromEntries(journal.recordedResources(row.id).filter((r) => r.stepId === `create:${r.kind}:${r.logicalId}`).map((r) => [r.kind, r.awsId]));
    expect(recorded).toMatchObject({ vpc: lab.vpcId, "internet-gateway": lab.igwId, "nat-gateway": lab.natId, "elastic-ip": lab.allocationId, "security-group": lab.sgId, "load-balancer": lab.albArn, "target-group": lab.tgArn });
    const kinds = journal.recordedResources(row.id).map((r) => `${r.kind}:${r.awsId}`);
    expect(kinds).toEqual(expect.arrayContaining([`listener:${lab.listenerArn}`, `route-table-association:${lab.privateRtAssociation}`, ...lab.publicRtAssociations.map((a) => `route-table-association:${a}`), ...Object.values(lab.instances).map((i) => `instance:${i}`)]));

    const inSync = (await readDeploymentStatus(journal, row)).view;
    // The seed lab's 16 rows and the VPC's main route table, which an import brings along.
    expect(inSync.rows.length).toBe(17);
    expect(inSync.rows.filter((r) => r.drift.length > 0 || r.phase !== "ready").map((r) => [r.kind, r.awsId, r.phase, r.drift])).toEqual([]);

    // Someone changes the VPC in AWS: the private route and one inbound rule go.
    await aws.ec2.send(new DeleteRouteCommand({ RouteTableId: lab.privateRt, DestinationCidrBlock: "0.0.0.0/0" }));
    await aws.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: lab.sgId, IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }));
    forgetStatus(row.id);
    const drifted = (await readDeploymentStatus(journal, row)).view;
    const rows = byId(drifted.rows);
    expect(drifted.rows.filter((r) => r.drift.length > 0).map((r) => [r.awsId, r.phase, r.drift.map(formatLiveText)])).toEqual([
      [lab.privateRt, "drifted", [`route removed outside the app: 0.0.0.0/0 → ${lab.natId}`]],
      [lab.sgId, "drifted", ["inbound rule removed outside the app: tcp 22 from 0.0.0.0/0"]],
    ].sort((a, b) => drifted.rows.findIndex((r) => r.awsId === a[0]) - drifted.rows.findIndex((r) => r.awsId === b[0])));
    expect(rows[lab.publicRt].phase).toBe("ready");

    // Cleanup, one step of it, and the sweep: none of them touches what the app did not create.
    const refusal = "is adopted from AWS: VPC Designer did not create these resources and will not delete them";
    await expect(cleanupDeployment(journal, row)).rejects.toThrow(refusal);
    expect(() => startCleanup(journal, row, `delete:vpc:${Object.keys(row.design.vpcs)[0]}`)).toThrow(refusal);
    await expect(confirmCleanup(row, { policy: { confirm: "required" } })).rejects.toThrow(refusal);
    expect((await findOrphans(port, new Set([row.id]))).flatMap((g) => g.resources.map((r) => r.awsId))).toEqual([]);
    const after = (await sb.sandbox.stats()).byAction;
    expect(Object.keys(after).filter((a) => /^(Delete|Terminate|Release|Detach|Disassociate|Revoke|Deregister)/.test(a) && after[a] !== calls[a]).sort()).toEqual(["DeleteRoute", "RevokeSecurityGroupIngress"]);
    expect(after.DeleteRoute - (calls.DeleteRoute ?? 0)).toBe(1);
    port.close();
  });

  it("adopts a region's untouched default VPC in sync (what the browser test adopts)", { timeout: 120_000 }, async () => {
    const aws = labClients(sb);
    const vpcId = (await aws.ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "is-default", Values: ["true"] }] }))).Vpcs![0].VpcId!;
    const { journal } = tempJournal();
    const port = sdkPort({ region: REGION, endpoint: sb.endpoint });
    const adopted = await adoptImportedVpc(journal, port, { kind: "sandbox", region: REGION, endpoint: sb.endpoint }, vpcId);
    const view = (await readDeploymentStatus(journal, journal.getDeployment(adopted.deploymentId)!)).view;
    // moto's default VPC has no internet gateway; AWS's has one, which would be adopted too.
    expect(new Set(view.rows.map((r) => r.kind))).toEqual(new Set(["vpc", "subnet", "route-table"]));
    expect(view.rows.filter((r) => r.drift.length > 0 || r.phase !== "ready")).toEqual([]);
    port.close();
  });

  it("refuses a VPC that is not there, and records nothing", async () => {
    const { journal } = tempJournal();
    const port = sdkPort({ region: REGION, endpoint: sb.endpoint });
    await expect(adoptImportedVpc(journal, port, { kind: "sandbox", region: REGION, endpoint: sb.endpoint }, "vpc-0000000000000000f")).rejects.toThrow(/vpc-0000000000000000f/);
    expect(journal.listDeployments()).toEqual([]);
    port.close();
  });

  it("vpcd adopt records it, vpcd status reads it in sync, vpcd destroy refuses", { timeout: 300_000 }, async () => {
    const aws = labClients(sb);
    const lab = await handMadeLab(aws);
    const { dir } = tempJournal();
    const env = { VPCD_DATA_DIR: dir };
    const adopted = await vpcd(["adopt", "--region", REGION, "--vpc", lab.vpcId, "--endpoint", sb.endpoint, "--json"], undefined, env);
    expect(adopted.stderr).toBe("");
    expect(adopted.code).toBe(0);
    const { deploymentId, resources } = JSON.parse(adopted.stdout) as { deploymentId: string; resources: number };
    // 17 status rows and the listener.
    expect(resources).toBe(18);

    const status = await vpcd(["status", deploymentId, "--json"], undefined, env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as { adoptedFrom: string; rows: ResourceRow[] };
    expect(parsed.adoptedFrom).toBe(lab.vpcId);
    expect(parsed.rows.filter((r) => r.drift.length > 0)).toEqual([]);
    expect((await vpcd(["status", deploymentId], undefined, env)).stdout).toContain(`adopted from AWS (${lab.vpcId})`);
    const listed = JSON.parse((await vpcd(["deployments", "--json"], undefined, env)).stdout) as { deployments: Array<{ deploymentId: string; status: string; adoptedFrom?: string }> };
    expect(listed.deployments.map((d) => [d.deploymentId, d.status, d.adoptedFrom])).toEqual([[deploymentId, "complete", lab.vpcId]]);

    const destroy = await vpcd(["destroy", deploymentId], undefined, env);
    expect(destroy.code).toBe(1);
    expect(destroy.stderr).toContain("is adopted from AWS: VPC Designer did not create these resources and will not delete them.");
    expect((await sb.sandbox.stats()).byAction.DeleteVpc).toBeUndefined();

    const bad = await vpcd(["adopt", "--region", REGION, "--vpc", "my-vpc"], undefined, env);
    expect([bad.code, bad.stderr]).toEqual([2, 'vpcd adopt: --vpc is required and looks like vpc-0abc1234 (got "my-vpc")\n']);
  });
});
