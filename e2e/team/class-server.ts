/**
 * The team-mode browser tests' server: a throwaway PostgreSQL (server/testing/postgres-harness),
 * one class created in it, and `vpcd demo` (app + sandbox) with VPCD_DATABASE_URL pointing at
 * it, plus a second app instance (`next start` of the same build on a free port, on the same
 * database and sandbox, its own in-process worker) so the specs can show that any instance
 * serves the same progress. The class's invite codes, the database URL and (once it answers)
 * the second instance's URL go to `<data dir>/class.json` for the specs to read. SIGTERM stops
 * both apps and the sandbox, then PostgreSQL, and deletes its data.
 *
 *   node server/cli/run-ts.js e2e/team/class-server.ts --port 3417
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClass } from "../../server/class/class-store";
import { openPostgres } from "../../server/store/postgres/database";
import { startPostgres } from "../../server/testing/postgres-harness";
import { freePort, waitForHttp } from "../../server/util/free-port";
import { classFile } from "./class-file";

const { values } = parseArgs({ options: { port: { type: "string", default: "3417" } } });
const port = Number(values.port);
const root = process.env.VPCD_PROJECT_ROOT ?? process.cwd();
const dataDir = path.join(root, ".data", `e2e-team-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const postgres = await startPostgres();
const url = await postgres.createDatabase("vpcd_class");
const pool = await openPostgres(url, { max: 2 });
const created = await createClass(pool, "Cloud 101");
await pool.end();
const codes = { name: created.name, studentCode: created.studentCode, instructorCode: created.instructorCode, databaseUrl: url };
writeFileSync(classFile(port), JSON.stringify(codes));

const demo = spawn(process.execPath, [path.join(root, "server/cli/bin.js"), "demo", "--no-install", "--no-build", "--port", String(port), "--time-scale", "0.02", "--data-dir", dataDir], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, VPCD_DATABASE_URL: url },
});
let second: ChildProcess | undefined;
let demoOutput = "";
demo.stdout?.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  demoOutput += chunk.toString();
  // `vpcd demo` prints its sandbox once the app answers: the second instance uses the same one.
  const sandbox = /AWS sandbox\s+(http:\/\/\S+)/.exec(demoOutput)?.[1];
  if (sandbox && !second) void startSecond(sandbox);
});

async function startSecond(sandboxEndpoint: string): Promise<void> {
  const secondPort = await freePort();
  second = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(secondPort)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, VPCD_DATABASE_URL: url, VPCD_SANDBOX_ENDPOINT: sandboxEndpoint, VPCD_SANDBOX_TIME_SCALE: "0.02", VPCD_PORT: String(secondPort), VPCD_BIND_HOST: "127.0.0.1", VPCD_DATA_DIR: path.join(dataDir, "second"), NEXT_TELEMETRY_DISABLED: "1" },
  });
  const secondUrl = `http://127.0.0.1:${secondPort}`;
  await waitForHttp(`${secondUrl}/api/health`, 120_000);
  writeFileSync(classFile(port), JSON.stringify({ ...codes, secondUrl }));
}
let isStopping = false;
const stop = async (code: number) => {
  if (isStopping) return;
  isStopping = true;
  if (second && second.exitCode === null) {
    second.kill("SIGTERM");
    await new Promise((resolve) => second!.once("exit", resolve));
  }
  if (demo.exitCode === null) {
    demo.kill("SIGTERM");
    await new Promise((resolve) => demo.once("exit", resolve));
  }
  await postgres.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
demo.on("exit", (code) => void stop(code ?? 1));
