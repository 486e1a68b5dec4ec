import { CreateVpcCommand, EC2Client } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { seedLab } from "../../lib/templates/seed-lab";
import type { SweepScope } from "../cleanup/sweep-across";
import { openTeam, type Team } from "../jobs/team";
import { startWorker, type Worker } from "../jobs/worker";
import { countByTag, deployTo, tempJournal } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { teamRunner } from "./team-runner";
import type { WorkRunner } from "./types";

const REGION = "ap-northeast-2";

// The sweep and adoption in team mode: what the instructor's sweep and "Adopt as deployment"
// do when the class's deployments live in PostgreSQL rather than in this process's journal.
describe("team mode: the sweep and adoption through the work runner", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const pg = usePostgres();
  let team: Team | undefined;
  let worker: Worker | undefined;
  let runner: WorkRunner;
  const previousEndpoint = process.env.VPCD_SANDBOX_ENDPOINT;
  const target = (): DeploymentTarget => ({ kind: "sandbox", region: REGION, endpoint: sb.endpoint });
  /** The sandbox's default account, as the embedded app's sweep reads it. */
  const scopes = (): SweepScope[] => [{ target: target(), account: {} }];

  beforeAll(async () => {
    process.env.VPCD_SANDBOX_ENDPOINT = sb.endpoint;
    const url = await pg.server.createDatabase();
    team = await openTeam(url);
    runner = teamRunner(team);
    worker = await startWorker({ url, concurrency: 1, pollSeconds: 0.5, leaseMs: 6_000 });
  });
  afterAll(async () => {
    await worker?.stop();
    await team?.close();
    if (previousEndpoint === undefined) delete process.env.VPCD_SANDBOX_ENDPOINT;
    else process.env.VPCD_SANDBOX_ENDPOINT = previousEndpoint;
  });

  it("offers a lab the class's store does not know, and deletes it as a sweep job", async () => {
    // A lab deployed elsewhere (a laptop's own journal): tagged in AWS, unknown to the team store.
    const { id } = await deployTo(sb.endpoint, seedLab(), tempJournal().journal);
    const scan = await runner.scanOrphans(scopes());
    const group = scan.groups.find((g) => g.deploymentId === id);
    expect(group).toMatchObject({ hasJournal: false, isBusy: false });
    expect(await runner.confirmSweep(scopes(), id)).toEqual({ isRequired: false });

    // AWS's own deletion delays at a tenth of real time: the sweep outlasts the scans below.
    await sb.sandbox.configure({ timeScale: 0.1 });
    expect(await runner.sweep(scopes(), id, undefined)).toEqual({ isStarted: true });
    // Until a worker has finished it, the scan shows the group being swept.
    expect((await runner.scanOrphans(scopes())).runs.map((r) => [r.deploymentId, r.isRunning])).toEqual([[id, true]]);
    for (let waited = 0; Object.keys(await countByTag(sb.endpoint, REGION, id)).length > 0; waited += 250) {
      expect(waited, "the sweep job did not delete the lab").toBeLessThan(240_000);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await runner.scanOrphans(scopes())).groups.map((g) => g.deploymentId)).not.toContain(id);
  });

  it("records an adopted VPC in the team store, read back as a complete deployment that cleanup refuses", async () => {
    const ec2 = new EC2Client(sb.clientConfig(REGION));
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.42.0.0/16" }))).Vpc!.VpcId!;
    ec2.destroy();

    const adopted = await runner.adopt(target(), vpcId);
    const row = await team!.store.journal.getDeployment(adopted.deploymentId);
    expect(row?.adopted?.vpcId).toBe(vpcId);
    expect((await team!.store.journal.entries(adopted.deploymentId)).length).toBeGreaterThan(0);
    expect((await runner.status(adopted.deploymentId)).lifecycle).toBe("complete");
    await expect(runner.startCleanup(adopted.deploymentId, undefined, undefined)).rejects.toThrow(/adopted from AWS/);
  });
});
