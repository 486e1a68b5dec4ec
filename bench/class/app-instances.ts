/**
 * The class benchmark's app instances: `next start` of the production build in
 * `.next-bench-class` (built first when missing), each on its own port, all on one team
 * database, each running its in-process worker. Plus the little HTTP client a student's
 * script is: sign up with the invite code, keep the session cookie, call the JSON API.
 */
import "server-only";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, waitForHttp } from "../../server/util/free-port";
import { projectRoot } from "../../server/util/project-root";

export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench-class";

export type AppInstance = { name: string; url: string; output(): string; stop(): Promise<void> };

/** Builds the app into DIST_DIR unless a build is there (delete the folder to rebuild). */
export function ensureBuild(): void {
  const root = projectRoot();
  if (existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) return;
  console.log(`building the app into ${DIST_DIR} (once)…`);
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, VPCD_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}

/** Starts one `next start` on a free port with `env` (the team database, the sandbox, the worker's settings). */
export async function startApp(name: string, env: Record<string, string>): Promise<AppInstance> {
  const root = projectRoot();
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, VPCD_DIST_DIR: DIST_DIR, VPCD_PORT: String(port), VPCD_BIND_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-400_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, 120_000);
  return {
    name,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

type Json = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** One student's HTTP session: the cookie better-auth set at sign-up goes with every call. */
export class StudentClient {
  private cookie = "";
  constructor(readonly email: string) {}

  async call<T>(base: string, pathname: string, body?: object): Promise<T> {
    const response = await fetch(`${base}${pathname}`, {
      method: body ? "POST" : "GET",
      headers: { ...(body ? { "content-type": "application/json" } : {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const set = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
    if (set.length > 0) this.cookie = set.join("; ");
    const json = (await response.json()) as Json;
    if (!json.ok) throw new Error(`${this.email}: ${pathname} answered ${response.status} ${json.error?.code}: ${json.error?.message}`);
    return json.data as T;
  }
}
