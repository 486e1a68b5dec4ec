/**
 * `npm run bench:class`: a class deploying at once in team mode. Starts the sandbox, a real
 * PostgreSQL (as the tests do) and two `vpcd worker` processes on it, enqueues one seed lab
 * per student (30 by default) at the same moment, and waits until every one is complete.
 * Prints the wall time, the per-deploy spread, and the database's peak connections (sampled
 * from pg_stat_activity every 100 ms), then checks each lab in the sandbox (no duplicate).
 * Each student deploys into an own sandbox account. Figures only; no assertions. BENCH_STUDENTS, BENCH_WORKER_CONCURRENCY, BENCH_TIME_SCALE.
 *
 * Two worker processes rather than two Next.js app instances: the app instances would only
 * enqueue (the same call `vpcd deploy --detach` makes) while the workers do all the work, and
 * two production builds do not fit this bench's machine next to 30 deploys.
 */
import "server-only";
import pg from "pg";
import { seedLab } from "../lib/templates/seed-lab";
import { startSandbox } from "../server/sandbox";
import { enqueueDeployment, openTeam, teamDeploymentView } from "../server/jobs/team";
import { countByTag, expectedCounts } from "../server/testing/engine-support";
import { startPostgres } from "../server/testing/postgres-server";
import { spawnWorker } from "../server/testing/worker-process";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 15);
const TIME_SCALE = Number(process.env.BENCH_TIME_SCALE ?? 0.02);
const WORKERS = 2;

/** Samples connections to the team database (all backends of clients: app, CLI, workers, pg-boss). */
function sampleConnections(url: string): { stop(): Promise<{ peak: number; byApp: Record<string, number> }> } {
  const client = new pg.Client({ connectionString: url, application_name: "bench-sampler" });
  let peak = 0;
  let byApp: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ app: string; n: number }>(
        "SELECT application_name AS app, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> 'bench-sampler' GROUP BY 1",
      );
      const total = rows.reduce((sum, r) => sum + r.n, 0);
      if (total > peak) {
        peak = total;
        byApp = Object.fromEntries(rows.map((r) => [r.app || "(unnamed)", r.n]));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await client.end();
  })();
  return { stop: async () => ((running = false), await loop, { peak, byApp }) };
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ timeScale: TIME_SCALE });
  const server = await startPostgres();
  const url = await server.createDatabase("class_bench");
  const team = await openTeam(url, { applicationName: "bench-teacher" });
  const workers = Array.from({ length: WORKERS }, () => spawnWorker(url, ["--concurrency", String(WORKER_CONCURRENCY), "--poll-seconds", "0.5"], { VPCD_SANDBOX_TIME_SCALE: String(TIME_SCALE) }));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const sampler = sampleConnections(url);
    const started = performance.now();
    const rows = await Promise.all(
      Array.from({ length: STUDENTS }, (_, i) => enqueueDeployment(team, seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sandbox.endpoint }, { ownerId: `student-${String(i + 1).padStart(2, "0")}` })),
    );
    const finishedAt = new Map<string, number>();
    const statuses = new Map<string, string>();
    let lastReport = performance.now();
    console.log(`${STUDENTS} deployments enqueued in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    while (finishedAt.size < rows.length) {
      for (const row of rows) {
        if (finishedAt.has(row.id)) continue;
        const view = await teamDeploymentView(team, row.id);
        if (view && view.status !== "running") {
          finishedAt.set(row.id, performance.now() - started);
          statuses.set(row.id, view.status);
        }
      }
      if (performance.now() - started > 60 * 60_000) throw new Error("the class did not finish within an hour");
      if (performance.now() - lastReport > 30_000) {
        lastReport = performance.now();
        console.log(`  … ${((lastReport - started) / 1000).toFixed(0)} s: ${finishedAt.size}/${rows.length} finished`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const wallMs = performance.now() - started;
    const connections = await sampler.stop();
    const times = [...finishedAt.values()].sort((a, b) => a - b);
    const complete = [...statuses.values()].filter((s) => s === "complete").length;
    let exact = 0;
    for (const row of rows) {
      // Each student's lab is read in that student's own sandbox account.
      const counts = await countByTag(sandbox.endpoint, "ap-northeast-2", row.id, row.target.accountId);
      const sorted = (c: Record<string, number>) => JSON.stringify(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));
      if (sorted(counts) === sorted(expectedCounts(seedLab()))) exact++;
    }
    console.log(`class of ${STUDENTS} seed-lab deploys, ${WORKERS} worker processes × concurrency ${WORKER_CONCURRENCY}, sandbox time scale ${TIME_SCALE}`);
    console.log(`  complete:              ${complete}/${STUDENTS} (labs exactly as designed in the sandbox: ${exact}/${STUDENTS}, in ${new Set(rows.map((r) => r.target.accountId)).size} separate sandbox accounts)`);
    console.log(`  wall time:             ${(wallMs / 1000).toFixed(1)} s (first done ${(times[0]! / 1000).toFixed(1)} s, median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(1)} s)`);
    console.log(`  peak DB connections:   ${connections.peak} (${Object.entries(connections.byApp).map(([app, n]) => `${app} ${n}`).join(", ")})`);
    console.log(`  journal entries:       ${(await team.store.pool.query("SELECT count(*)::int AS n FROM entries")).rows[0].n}`);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await team.close();
    await server.stop();
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
