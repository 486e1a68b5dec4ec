import { CreateSubnetCommand, CreateVpcCommand, DescribeVpcsCommand, EC2Client, type Tag } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import { scanAcross, targetHolding } from "../cleanup/sweep-across";
import { sweepRuns } from "../cleanup/sweep-service";
import { startConfirmedSweep } from "../confirm/sweep";
import { awsTargetOf } from "../engine/target";
import { listVpcsOf } from "../interop/import-vpc";
import { closeTeam, setEnv, signedInClass } from "../testing/class-harness";
import { vpcd } from "../testing/cli-harness";
import { tempJournal } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { importTarget, sweepScopes } from "./read-scope";

const REGION = "ap-northeast-2";

/**
 * Team mode's sweep and "Import from AWS" read the right sandbox accounts: a student's own,
 * the instructor's every account of the class, each named. Leftovers are made over HTTP in
 * three accounts of one sandbox (two students' and the shared default one).
 */
describe("the sweep and the import in a class's sandbox accounts", () => {
  const sb = useSandbox({ timeScale: 0.01, workloads: false });
  const pgh = usePostgres();
  let restore: () => void;
  let cookies: Record<string, Headers>;
  let accounts: Record<string, string>;

  beforeAll(async () => {
    restore = setEnv({ VPCD_DATABASE_URL: await pgh.server.createDatabase(), VPCD_SANDBOX_ENDPOINT: sb.endpoint });
    ({ cookies, accounts } = await signedInClass("Morning", [["Teacher", "instructor"], ["Ana", "student"], ["Ben", "student"]]));
  });
  afterAll(async () => {
    await closeTeam();
    restore();
  });

  const ec2As = (accessKeyId: string) => new EC2Client({ ...sb.clientConfig(), credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });
  const tags = (deploymentId: string, logicalId: string): Tag[] => [{ Key: TAG_DEPLOYMENT, Value: deploymentId }, { Key: TAG_LOGICAL_ID, Value: logicalId }];

  /** A crashed deploy's leftovers (a tagged VPC and subnet) in the account of `accessKeyId`. */
  async function leftovers(accessKeyId: string, deploymentId: string, cidr: string): Promise<string> {
    const ec2 = ec2As(accessKeyId);
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr, TagSpecifications: [{ ResourceType: "vpc", Tags: tags(deploymentId, "lab-vpc") }] }))).Vpc!;
    await ec2.send(new CreateSubnetCommand({ VpcId: vpc.VpcId, CidrBlock: cidr.replace("/16", "/24"), AvailabilityZone: `${REGION}a`, TagSpecifications: [{ ResourceType: "subnet", Tags: tags(deploymentId, "public-a") }] }));
    ec2.destroy();
    return vpc.VpcId!;
  }

  async function vpcIdsIn(accessKeyId: string): Promise<string[]> {
    const ec2 = ec2As(accessKeyId);
    const ids = ((await ec2.send(new DescribeVpcsCommand({}))).Vpcs ?? []).filter((v) => !v.IsDefault).map((v) => v.VpcId!);
    ec2.destroy();
    return ids.sort();
  }

  it("gives a student their own account only, and the instructor every account of the class, each named", async () => {
    const { journal } = tempJournal();
    await leftovers(accounts.Ana!, "dep-ana-1", "10.1.0.0/16");
    await leftovers(accounts.Ben!, "dep-ben-1", "10.2.0.0/16");
    await leftovers("test", "dep-cli-1", "10.3.0.0/16");

    const ana = await scanAcross(journal, await sweepScopes(cookies.Ana!, "sandbox", REGION));
    expect(ana.covers).toEqual([{ accountId: accounts.Ana, studentName: "Ana" }]);
    expect(ana.groups.map((g) => [g.deploymentId, g.account, g.resources.length])).toEqual([["dep-ana-1", { accountId: accounts.Ana, studentName: "Ana" }, 2]]);

    const teacher = await scanAcross(journal, await sweepScopes(cookies.Teacher!, "sandbox", REGION));
    expect(teacher.covers).toEqual([{}, { accountId: accounts.Ana, studentName: "Ana" }, { accountId: accounts.Ben, studentName: "Ben" }]);
    expect(teacher.groups.map((g) => [g.deploymentId, g.account?.studentName ?? "shared"]).sort()).toEqual([["dep-ana-1", "Ana"], ["dep-ben-1", "Ben"], ["dep-cli-1", "shared"]]);
  });

  it("lets a student sweep their own leftovers, never another student's, and never an untagged resource", async () => {
    const { journal } = tempJournal();
    const anaVpc = await leftovers(accounts.Ana!, "dep-ana-1", "10.1.0.0/16");
    const benVpc = await leftovers(accounts.Ben!, "dep-ben-1", "10.2.0.0/16");
    const ec2 = ec2As(accounts.Ana!);
    const untagged = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.9.0.0/16" }))).Vpc!.VpcId!;
    ec2.destroy();

    const anaScopes = await sweepScopes(cookies.Ana!, "sandbox", REGION);
    await expect(targetHolding(journal, anaScopes, "dep-ben-1")).rejects.toThrow("Nothing tagged dep-ben-1 is left in the account this sweep covers");
    const target = await targetHolding(journal, anaScopes, "dep-ana-1");
    expect(target.accountId).toBe(accounts.Ana);
    expect(await startConfirmedSweep(journal, target, "dep-ana-1", undefined)).toEqual({ isStarted: true });
    for (let i = 0; i < 200 && sweepRuns().find((r) => r.deploymentId === "dep-ana-1")?.isRunning; i++) await new Promise((r) => setTimeout(r, 50));
    expect(sweepRuns().find((r) => r.deploymentId === "dep-ana-1")?.report?.isNothingBillableLeft).toBe(true);

    expect(await vpcIdsIn(accounts.Ana!)).toEqual([untagged]);
    expect(await vpcIdsIn(accounts.Ben!)).toEqual([benVpc]);
    expect(anaVpc).not.toBe(untagged);
    // The instructor finds Ben's group in Ben's account.
    expect((await targetHolding(journal, await sweepScopes(cookies.Teacher!, "sandbox", REGION), "dep-ben-1")).accountId).toBe(accounts.Ben);
  });

  it("sweeps one student's sandbox account from the CLI (--account), leaving the other accounts alone", async () => {
    await leftovers(accounts.Ana!, "dep-ana-1", "10.1.0.0/16");
    const benVpc = await leftovers(accounts.Ben!, "dep-ben-1", "10.2.0.0/16");
    const sharedVpc = await leftovers("test", "dep-cli-1", "10.3.0.0/16");
    const env = { VPCD_DATA_DIR: tempJournal().dir };
    const swept = await vpcd(["sweep", "--region", REGION, "--endpoint", sb.endpoint, "--account", accounts.Ana!, "--yes", "--json"], undefined, env);
    expect(swept.code, swept.stderr).toBe(0);
    const out = JSON.parse(swept.stdout) as { account: string; groups: Array<{ deploymentId: string }>; swept: Array<{ deploymentId: string; status: string }> };
    expect(out).toMatchObject({ account: accounts.Ana, groups: [{ deploymentId: "dep-ana-1" }], swept: [{ deploymentId: "dep-ana-1", status: "complete" }] });
    expect(await vpcIdsIn(accounts.Ana!)).toEqual([]);
    expect(await vpcIdsIn(accounts.Ben!)).toEqual([benVpc]);
    expect(await vpcIdsIn("test")).toEqual([sharedVpc]);
    const bad = await vpcd(["sweep", "--region", REGION, "--account", accounts.Ana!], undefined, env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("--account names a sandbox account: give the sandbox's --endpoint too")]);
  });

  it("imports from the student's own account, and the instructor's from the shared one", async () => {
    const anaVpc = await leftovers(accounts.Ana!, "dep-ana-1", "10.1.0.0/16");
    const sharedVpc = await leftovers("test", "dep-cli-1", "10.3.0.0/16");
    const listed = async (who: string) => (await listVpcsOf(awsTargetOf(await importTarget(cookies[who]!, "sandbox", REGION)))).filter((v) => !v.isDefault).map((v) => v.vpcId);
    expect(await listed("Ana")).toEqual([anaVpc]);
    expect(await listed("Ben")).toEqual([]);
    expect(await listed("Teacher")).toEqual([sharedVpc]);
    await expect(importTarget(new Headers(), "sandbox", REGION)).rejects.toThrow("Sign in to your class first.");
  });
});
