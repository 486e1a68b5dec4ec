import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { seedLab } from "../../../lib/templates/seed-lab";
import type { DeploymentTarget } from "../../../lib/deploy/types";
import { createDeployment } from "../../engine/deployments";
import { vpcd } from "../../testing/cli-harness";
import { tempJournal } from "../../testing/engine-support";

/** A port something listens on (a sandbox still running), and one nothing listens on any more (a stopped sandbox). */
async function ports(): Promise<{ live: number; dead: number; close(): void }> {
  const listen = () => new Promise<net.Server>((resolve) => { const s = net.createServer((c) => c.destroy()).listen(0, "127.0.0.1", () => resolve(s)); });
  const [live, dead] = await Promise.all([listen(), listen()]);
  const deadPort = (dead.address() as net.AddressInfo).port;
  await new Promise((resolve) => dead.close(resolve));
  return { live: (live.address() as net.AddressInfo).port, dead: deadPort, close: () => live.close() };
}

/** A journal in a temp folder with one deployment that created its VPC (so it touched AWS). */
function journalWith(target: DeploymentTarget) {
  const { journal, dir } = tempJournal();
  const row = createDeployment(journal, seedLab(), target);
  const step = Object.keys(row.plan.steps).find((s) => s.startsWith("create:vpc:"))!;
  journal.append({ deploymentId: row.id, stepId: step, type: "begin", at: 1 });
  journal.append({ deploymentId: row.id, stepId: step, type: "end", outcome: "ok", outputs: { VpcId: "vpc-0abc" }, at: 2 });
  journal.close();
  return { id: row.id, env: { VPCD_DATA_DIR: dir } };
}

describe.concurrent("a deployment whose sandbox is gone", { timeout: 180_000 }, () => {
  const portsReady = ports();
  afterAll(async () => (await portsReady).close());

  // Regression (issue 14): after `vpcd deploy` without --endpoint, status and destroy failed
  // with a bare ECONNREFUSED and the list called the deployment complete forever.
  it("is listed as sandbox gone, status and destroy say so in words, and forget removes it", async () => {
    const endpoint = `http://127.0.0.1:${(await portsReady).dead}`;
    const { id, env } = journalWith({ kind: "sandbox", region: "ap-northeast-2", endpoint });
    const listed = await vpcd(["deployments"], undefined, env);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+sandbox gone`));
    const listedJson = JSON.parse((await vpcd(["deployments", "--json"], undefined, env)).stdout);
    expect(listedJson.deployments[0]).toMatchObject({ deploymentId: id, status: "sandbox-gone" });

    const words = `the sandbox at ${endpoint} that held ${id} is no longer running; its resources went with it — \`vpcd forget ${id}\` removes it from the list`;
    const [status, destroy] = await Promise.all([vpcd(["status", id], undefined, env), vpcd(["destroy", id], undefined, env)]);
    for (const r of [status, destroy]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toContain("ECONNREFUSED");
    }

    const forget = await vpcd(["forget", id], undefined, env);
    expect(forget.code).toBe(0);
    expect(forget.stdout).toContain(`Forgot ${id}`);
    expect((await vpcd(["deployments"], undefined, env)).stdout).toContain("No deployments yet");
  });

  it("is not forgotten while its sandbox still runs, unless forced", async () => {
    const { id, env } = journalWith({ kind: "sandbox", region: "ap-northeast-2", endpoint: `http://127.0.0.1:${(await portsReady).live}` });
    const refused = await vpcd(["forget", id], undefined, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is still running");
    expect(refused.stderr).toContain(`vpcd destroy ${id}`);
    const forced = await vpcd(["forget", id, "--force", "--json"], undefined, env);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual({ deploymentId: id, forgotten: true, reason: "forced" });
  });

  it("refuses a real-account deployment that was never cleaned up, even with --force", async () => {
    const { id, env } = journalWith({ kind: "aws", region: "ap-northeast-2", accountId: "123456789012" });
    const refused = await vpcd(["forget", id, "--force"], undefined, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("cost money");
    expect(refused.stderr).toContain(`vpcd destroy ${id}`);
    expect((await vpcd(["deployments", "--json"], undefined, env)).stdout).toContain(id);
  });

  it("answers an unknown id with exit 2", async () => {
    const { env } = journalWith({ kind: "aws", region: "ap-northeast-2" });
    const r = await vpcd(["forget", "dep-nope"], undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no deployment "dep-nope"');
  });
});
