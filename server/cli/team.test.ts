import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { studentSandboxAccount } from "../../lib/deploy/sandbox-account";
import { seedLab } from "../../lib/templates/seed-lab";
import { vpcd } from "../testing/cli-harness";
import { countByTag, expectedCounts } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { spawnWorker, type WorkerProcess } from "../testing/worker-process";

describe("the CLI in team mode", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const pg = usePostgres();
  let env: Record<string, string>;
  let file: string;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    env = { VPCD_DATABASE_URL: await pg.server.createDatabase(), VPCD_SANDBOX_TIME_SCALE: "0.01" };
    file = path.join(mkdtempSync(path.join(tmpdir(), "vpcd-team-cli-")), "lab.json");
    writeFileSync(file, JSON.stringify(seedLab()));
  });
  afterAll(async () => worker?.stop());

  it("enqueues a detached deploy, a worker runs it in the student's own sandbox account, the class list shows it, and destroy cleans it up", async () => {
    const queued = await vpcd(["deploy", file, "--endpoint", sb.endpoint, "--owner", "student-7", "--detach", "--json"], undefined, env);
    expect(queued.code, queued.stderr).toBe(0);
    const { deploymentId, status } = JSON.parse(queued.stdout);
    expect(status).toBe("queued");
    const waiting = JSON.parse((await vpcd(["deployments", "--json"], undefined, env)).stdout);
    expect(waiting.deployments).toMatchObject([{ deploymentId, owner: "student-7", status: "running", progress: { done: 0 } }]);

    worker = spawnWorker(env.VPCD_DATABASE_URL!, ["--poll-seconds", "0.5"], { VPCD_SANDBOX_TIME_SCALE: "0.01" });
    await worker.ready;
    // Following it (a resume of a running deployment just follows: the lease lets one worker run it).
    const followed = await vpcd(["deploy", "--resume", deploymentId, "--json"], undefined, env);
    expect(followed.code, followed.stderr + worker.output().slice(-1500)).toBe(0);
    expect(JSON.parse(followed.stdout)).toMatchObject({ deploymentId, status: "complete" });

    const listed = JSON.parse((await vpcd(["deployments", "--owner", "student-7", "--json"], undefined, env)).stdout);
    expect(listed.deployments).toMatchObject([{ deploymentId, owner: "student-7", status: "complete", target: { kind: "sandbox", accountId: studentSandboxAccount("student-7") } }]);
    expect(JSON.parse((await vpcd(["deployments", "--owner", "student-8", "--json"], undefined, env)).stdout).deployments).toEqual([]);
    // The lab is in the student's account, and only there.
    expect(await countByTag(sb.endpoint, "ap-northeast-2", deploymentId, studentSandboxAccount("student-7"))).toEqual(expectedCounts(seedLab()));
    expect(await countByTag(sb.endpoint, "ap-northeast-2", deploymentId)).toEqual({});

    // The guided cleanup runs as a job too, and reports what the worker verified.
    const destroyed = await vpcd(["destroy", deploymentId, "--json"], undefined, env);
    expect(destroyed.code, destroyed.stderr + worker.output().slice(-1500)).toBe(0);
    expect(JSON.parse(destroyed.stdout)).toMatchObject({ deploymentId, status: "complete", report: { isNothingLeft: true } });
    expect(await countByTag(sb.endpoint, "ap-northeast-2", deploymentId, studentSandboxAccount("student-7"))).toEqual({});
  });

  it("refuses a sandbox deploy without an endpoint the workers can reach", async () => {
    const { code, stderr } = await vpcd(["deploy", file, "--detach"], undefined, { ...env, VPCD_SANDBOX_ENDPOINT: "" });
    expect(code).toBe(2);
    expect(stderr).toContain("give the sandbox it should reach: --endpoint URL");
  });
});
