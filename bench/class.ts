/**
 * `npm run bench:class`: a class deploying at once in team mode, through two app instances.
 * Starts the sandbox, a real PostgreSQL (as the tests do) with one class in it, and two
 * `next start` processes of the production build on that database (`.next-bench-class`, built
 * when missing), each with its in-process worker. Every student signs up over HTTP with the
 * class's invite code (POST /api/sign-up) and deploys the seed lab (POST /api/deployments)
 * through one of the two instances, alternating; each follows their deployment through the
 * *other* instance (GET /api/deployments), so the figures also show that any instance serves
 * any student's progress. Prints the wall time, the per-deploy spread, the database's peak
 * connections (sampled from pg_stat_activity every 100 ms), then checks each lab in the
 * sandbox (exactly as designed: no duplicate). Figures only; no assertions.
 * BENCH_STUDENTS (30), BENCH_WORKER_CONCURRENCY (per instance, 15), BENCH_TIME_SCALE (0.02).
 */
import "server-only";
import { seedLab } from "../lib/templates/seed-lab";
import { createClass } from "../server/class/class-store";
import type { ListedDeployment } from "../server/actions/deployment";
import { startSandbox } from "../server/sandbox";
import { openPostgres } from "../server/store/postgres/database";
import { countByTag, expectedCounts } from "../server/testing/engine-support";
import { startPostgres } from "../server/testing/postgres-server";
import { ensureBuild, startApp, StudentClient, type AppInstance } from "./class/app-instances";
import { sampleConnections } from "./class/db-connections";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 15);
const TIME_SCALE = Number(process.env.BENCH_TIME_SCALE ?? 0.02);
const REGION = "ap-northeast-2";
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `work` over `items`, `limit` at a time (sign-up hashes passwords: scrypt is CPU-bound). */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  }));
  return results;
}

async function main(): Promise<void> {
  ensureBuild();
  const sandbox = await startSandbox({ timeScale: TIME_SCALE });
  const server = await startPostgres();
  const url = await server.createDatabase("class_bench");
  const pool = await openPostgres(url, { max: 2, applicationName: "bench-teacher" });
  const { studentCode } = await createClass(pool, "Bench 101");
  const env = { VPCD_DATABASE_URL: url, VPCD_SANDBOX_ENDPOINT: sandbox.endpoint, VPCD_SANDBOX_TIME_SCALE: String(TIME_SCALE), VPCD_APP_WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), VPCD_POLL_SECONDS: "0.5" };
  const apps: AppInstance[] = [];
  try {
    // One after the other: the first applies the migrations, the second finds them done.
    for (const name of ["app-1", "app-2"]) apps.push(await startApp(name, env));
    const students = Array.from({ length: STUDENTS }, (_, i) => new StudentClient(`student-${String(i + 1).padStart(2, "0")}@bench.example`));
    const signUpStarted = performance.now();
    await inBatches(students, 4, (s, i) => s.call(apps[i % 2]!.url, "/api/sign-up", { name: s.email.split("@")[0], email: s.email, password: "bench-password-1", inviteCode: studentCode }));
    console.log(`${STUDENTS} students signed up over HTTP in ${seconds(performance.now() - signUpStarted)}`);

    const sampler = sampleConnections(url);
    const started = performance.now();
    const ids = await Promise.all(students.map(async (s, i) => (await s.call<{ deploymentId: string }>(apps[i % 2]!.url, "/api/deployments", { design: seedLab(), target: "sandbox" })).deploymentId));
    console.log(`${STUDENTS} deployments started through ${apps.length} app instances in ${seconds(performance.now() - started)}`);
    const finishedAt = new Map<string, number>();
    const lifecycles = new Map<string, string>();
    let lastReport = performance.now();
    while (finishedAt.size < ids.length) {
      await Promise.all(students.map(async (s, i) => {
        const id = ids[i]!;
        if (finishedAt.has(id)) return;
        // Followed on the instance the student did not deploy through.
        const mine = (await s.call<ListedDeployment[]>(apps[(i + 1) % 2]!.url, "/api/deployments")).find((d) => d.id === id);
        if (!mine || mine.lifecycle === "running") return;
        finishedAt.set(id, performance.now() - started);
        lifecycles.set(id, mine.lifecycle);
      }));
      if (performance.now() - started > 60 * 60_000) throw new Error("the class did not finish within an hour");
      if (performance.now() - lastReport > 30_000) {
        lastReport = performance.now();
        console.log(`  … ${seconds(lastReport - started)}: ${finishedAt.size}/${ids.length} finished`);
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const wallMs = performance.now() - started;
    const connections = await sampler.stop();
    const times = [...finishedAt.values()].sort((a, b) => a - b);
    const complete = [...lifecycles.values()].filter((s) => s === "complete").length;
    const jobs = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'deploy' AND state = 'completed'")).rows[0]!.n;
    let exact = 0;
    const accounts = new Set<string>();
    for (const id of ids) {
      // Each student's lab, read in that student's own sandbox account.
      const { rows } = await pool.query<{ account: string }>("SELECT target->>'accountId' AS account FROM deployments WHERE id = $1", [id]);
      accounts.add(rows[0]!.account);
      const counts = await countByTag(sandbox.endpoint, REGION, id, rows[0]!.account);
      const sorted = (c: Record<string, number>) => JSON.stringify(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));
      if (sorted(counts) === sorted(expectedCounts(seedLab()))) exact++;
    }
    const runs = apps.map((a) => (a.output().match(/\[worker\] deploy dep-\S+: started/g) ?? []).length);
    console.log(`class of ${STUDENTS} seed-lab deploys through ${apps.length} app instances (next start), each with an in-process worker × concurrency ${WORKER_CONCURRENCY}, sandbox time scale ${TIME_SCALE}`);
    console.log(`  complete:              ${complete}/${STUDENTS} (labs exactly as designed in the sandbox: ${exact}/${STUDENTS}, in ${accounts.size} separate sandbox accounts)`);
    console.log(`  runs per instance:     ${apps.map((a, i) => `${a.name} ${runs[i]}`).join(", ")} (deploy jobs completed on the queue: ${jobs})`);
    console.log(`  wall time:             ${seconds(wallMs)} (first done ${seconds(times[0]!)}, median ${seconds(times[Math.floor(times.length / 2)]!)}, last ${seconds(times.at(-1)!)})`);
    console.log(`  peak DB connections:   ${connections.peak} (${Object.entries(connections.byApp).map(([app, n]) => `${app} ${n}`).join(", ")})`);
    console.log(`  journal entries:       ${(await pool.query("SELECT count(*)::int AS n FROM entries")).rows[0].n}`);
  } catch (error) {
    for (const app of apps) console.error(`--- ${app.name} (last lines)\n${app.output().slice(-3000)}`);
    throw error;
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await pool.end();
    await server.stop();
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
