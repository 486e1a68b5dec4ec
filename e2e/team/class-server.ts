/**
 * The team-mode browser tests' server: a throwaway PostgreSQL (server/testing/postgres-harness),
 * one class created in it, and `vpcd demo` (app + sandbox) with VPCD_DATABASE_URL pointing at
 * it. The class's invite codes go to `<data dir>/class.json` for the specs to read. SIGTERM
 * stops the app and its sandbox, then PostgreSQL, and deletes its data.
 *
 *   node server/cli/run-ts.js e2e/team/class-server.ts --port 3417
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClass } from "../../server/class/class-store";
import { openPostgres } from "../../server/store/postgres/database";
import { startPostgres } from "../../server/testing/postgres-harness";
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
writeFileSync(classFile(port), JSON.stringify({ name: created.name, studentCode: created.studentCode, instructorCode: created.instructorCode }));

const demo = spawn(process.execPath, [path.join(root, "server/cli/bin.js"), "demo", "--no-install", "--no-build", "--port", String(port), "--time-scale", "0.02", "--data-dir", dataDir], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, VPCD_DATABASE_URL: url },
});
let isStopping = false;
const stop = async (code: number) => {
  if (isStopping) return;
  isStopping = true;
  if (demo.exitCode === null) {
    demo.kill("SIGTERM");
    await new Promise((resolve) => demo.once("exit", resolve));
  }
  await postgres.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
demo.on("exit", (code) => void stop(code ?? 1));
