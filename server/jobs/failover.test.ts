import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { countByTag, expectedCounts } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { spawnWorker, type WorkerProcess } from "../testing/worker-process";
import { leaseHolder } from "./lease";
import { enqueueDeployment, followDeployment, openTeam, type Team } from "./team";

/** mulberry32, so the kill points are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(1515);
/** Journal entries written before the kill: anywhere in the 64 a seed-lab deploy writes. */
const KILL_POINTS = Array.from({ length: 10 }, () => 1 + Math.floor(random() * 62));

const TIME_SCALE = "0.01";
/** Short leases, so a dead worker's run is taken over within a few seconds. */
const WORKER_ARGS = ["--concurrency", "2", "--lease-seconds", "2", "--poll-seconds", "0.5"];

describe("team mode: a worker killed with SIGKILL mid-deploy", () => {
  const sb = useSandbox({ timeScale: Number(TIME_SCALE) });
  const pg = usePostgres();
  let url = "";
  let team: Team;
  const workers: WorkerProcess[] = [];
  const startWorker = () => {
    const w = spawnWorker(url, WORKER_ARGS, { VPCD_SANDBOX_TIME_SCALE: TIME_SCALE });
    workers.push(w);
    return w;
  };
  const alive = () => workers.filter((w) => w.pid() !== undefined && !w.killed);

  beforeAll(async () => {
    url = await pg.server.createDatabase();
    team = await openTeam(url);
    await Promise.all([startWorker().ready, startWorker().ready]);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await team?.close();
  });

  it.each(KILL_POINTS.map((point, i) => [i + 1, point]))("is taken over by the other worker, which finishes the lab with no duplicate (kill %i, after %i journal entries)", async (_n, point) => {
    const row = await enqueueDeployment(team, seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint });
    // Wait for the kill point, then find the worker holding the lease and kill it.
    let holder: string | undefined;
    for (let waited = 0; ; waited += 5) {
      const entries = await team.store.journal.entries(row.id);
      holder = await leaseHolder(team.store.pool, row.id);
      if (entries.length >= point && holder) break;
      expect(waited, `the deploy never reached ${point} entries`).toBeLessThan(120_000);
      await new Promise((r) => setTimeout(r, 5));
    }
    const victim = workers.find((w) => holder!.includes(`:${w.pid()}:`));
    expect(victim, `no worker of this test holds the lease (${holder})`).toBeDefined();
    victim!.kill9();
    await victim!.exited;
    const survivor = alive().find((w) => w !== victim);
    expect(survivor).toBeDefined();
    // A replacement starts meanwhile, so the next kill again leaves one worker standing.
    const replacement = startWorker();

    const view = await followDeployment(team, row.id, () => {}, 200);
    expect(view.status, survivor!.output().slice(-2000)).toBe("complete");
    // Another worker took the run over (the survivor, or the replacement if it was quicker).
    const tookOver = [survivor!, replacement].filter((w) => w.output().includes(`deploy ${row.id}: started`));
    expect(tookOver.length, `no other worker resumed ${row.id}`).toBeGreaterThan(0);
    const counts = await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", row.id);
    expect(counts).toEqual(expectedCounts(seedLab()));
    expect(Object.entries(counts).filter(([k]) => k.startsWith("vpc:")).map(([, n]) => n)).toEqual([1]);
    await replacement.ready;
  });
});
