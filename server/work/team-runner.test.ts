import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeploymentStatusView } from "../../lib/deploy/status-view";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { seedLab } from "../../lib/templates/seed-lab";
import { openTeam, type Team } from "../jobs/team";
import { startWorker, type Worker } from "../jobs/worker";
import { countByTag, expectedCounts } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { teamRunner } from "./team-runner";
import type { WorkRunner } from "./types";

const REGION = "ap-northeast-2";

/** Polls `status` on one runner until `isDone` holds, remembering every lifecycle it read. */
async function pollUntil(runner: WorkRunner, id: string, isDone: (s: DeploymentStatusView) => boolean, seen = new Set<string>()): Promise<DeploymentStatusView> {
  for (let waited = 0; ; waited += 150) {
    const status = await runner.status(id);
    seen.add(status.lifecycle);
    if (isDone(status)) return status;
    expect(waited, `${id} stayed ${status.lifecycle} (${status.deployment.progress.done}/${status.deployment.progress.total})`).toBeLessThan(180_000);
    await new Promise((r) => setTimeout(r, 150));
  }
}

// Two app instances ("a", "b": two handles on one database, as two `next start` processes
// have) and one worker. Work started through one instance's runner is a job the worker runs;
// both instances read the same progress from PostgreSQL.
describe("team mode: the app's work runner on the PostgreSQL queue", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const pg = usePostgres();
  let teams: Team[] = [];
  let worker: Worker | undefined;
  let a: WorkRunner;
  let b: WorkRunner;
  const target = (): DeploymentTarget => ({ kind: "sandbox", region: REGION, endpoint: sb.endpoint });
  const labCounts = async (id: string) => {
    const row = await a.row(id);
    return countByTag(sb.endpoint, REGION, id, row.target.accountId);
  };

  beforeAll(async () => {
    const url = await pg.server.createDatabase();
    teams = await Promise.all([openTeam(url, { applicationName: "app-a" }), openTeam(url, { applicationName: "app-b" })]);
    [a, b] = teams.map(teamRunner) as [WorkRunner, WorkRunner];
    worker = await startWorker({ url, concurrency: 2, pollSeconds: 0.5, leaseMs: 6_000 });
  });
  afterAll(async () => {
    await worker?.stop();
    await Promise.all(teams.map((t) => t.close()));
  });

  it("runs a deployment started on one instance in a worker, and the other instance shows the same progress", async () => {
    const { deploymentId: id } = await a.startDeployment(seedLab(), target(), undefined, "student-1");
    // Recorded in PostgreSQL, as the student's, before any worker has run it.
    const recorded = await teams[1]!.store.journal.getDeployment(id);
    expect(recorded?.ownerId).toBe("student-1");
    expect(recorded?.target.accountId).toMatch(/^\d{12}$/);

    const seen = new Set<string>();
    const done = await pollUntil(b, id, (s) => s.lifecycle !== "running" && seen.has("running"), seen);
    expect(done.lifecycle).toBe("complete");
    expect(done.deployment.progress.done).toBe(done.deployment.progress.total);
    const fromA = await a.status(id);
    expect(fromA.deployment.steps.map((s) => [s.id, s.state])).toEqual(done.deployment.steps.map((s) => [s.id, s.state]));
    expect(await labCounts(id)).toEqual(expectedCounts(seedLab()));

    const listed = (await b.overview()).find((o) => o.summary.id === id);
    expect(listed?.summary.lifecycle).toBe("complete");
  });

  it("stops a running deploy with a durable request its worker honours, and resumes it without a duplicate", async () => {
    const { deploymentId: id } = await a.startDeployment(seedLab(), target(), undefined, "student-2");
    await pollUntil(b, id, (s) => s.deployment.progress.done >= 3);
    // Asked on instance b; the worker took its job from the queue, whichever instance sent it.
    expect(await b.stopDeployment(id)).toBe(true);
    const stopped = await pollUntil(a, id, (s) => s.deployment.status !== "running");
    expect(stopped.deployment.status).toBe("stopped");
    expect(stopped.deployment.progress.done).toBeLessThan(stopped.deployment.progress.total);
    // Nothing runs now, so there is nothing to stop.
    expect(await a.stopDeployment(id)).toBe(false);

    await a.resumeDeployment(id);
    const resumed = await pollUntil(b, id, (s) => s.deployment.status === "complete" || s.deployment.status === "failed");
    expect(resumed.deployment.status).toBe("complete");
    expect(await labCounts(id)).toEqual(expectedCounts(seedLab()));
  });

  it("keeps the lab timer in the team store and runs the guided cleanup as a job, its report read on any instance", async () => {
    const { deploymentId: id } = await b.startDeployment(seedLab(), target(), undefined, "student-3");
    await pollUntil(a, id, (s) => s.lifecycle === "complete");

    const timer = await a.setTimer(id, 2);
    expect((await teams[1]!.store.timers.get(id))?.dueAt).toBe(timer?.dueAt);
    expect((await b.status(id)).timer?.dueAt).toBe(timer?.dueAt);
    expect(await b.setTimer(id, null)).toBeNull();
    expect(await teams[0]!.store.timers.get(id)).toBeUndefined();

    expect(await a.startCleanup(id, undefined, undefined)).toEqual({ isStarted: true });
    const seen = new Set<string>();
    const cleaned = await pollUntil(b, id, (s) => s.lifecycle === "cleaned-up", seen);
    expect(cleaned.cleanup.report?.isNothingBillableLeft).toBe(true);
    expect(cleaned.cleanup.progress.done).toBe(cleaned.cleanup.progress.total);
    expect(await labCounts(id)).toEqual({});
  });
});
