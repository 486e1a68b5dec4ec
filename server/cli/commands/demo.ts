/**
 * `vpcd demo`: the sandbox and the app together, for a learner with no AWS account.
 * Starts moto + the fidelity layer on a free loopback port, builds the app when its sources
 * changed, serves it on http://127.0.0.1:3000, prints both addresses, stops both on Ctrl-C.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { isLoopback } from "../../../lib/access";
import { startSandbox } from "../../sandbox";
import { waitForHttp } from "../../util/free-port";
import { projectRoot } from "../../util/project-root";
import { usageOf, type CommandHelp } from "../format/help";

/** Default time scale: the seed lab deploys in tens of seconds, slow enough to watch. */
export const DEMO_TIME_SCALE = 0.15;

export const help: CommandHelp = {
  usage: [`vpcd demo [--port 3000] [--host 127.0.0.1] [--access-token TOKEN] [--time-scale ${DEMO_TIME_SCALE}] [--faults SPEC] [--data-dir DIR] [--no-build]`],
  description: "Starts the sandbox and the app together, for a learner with no AWS account, prints both addresses and stops both on Ctrl-C.",
  options: [
    ["--port N", "the app's port (default 3000)"],
    ["--host H", "the address to listen on (default 127.0.0.1; another address needs an access token)"],
    ["--access-token TOKEN", "the token a browser must present when the app listens beyond loopback"],
    [`--time-scale S`, `how fast AWS's waits pass in the sandbox (default ${DEMO_TIME_SCALE})`],
    ["--faults SPEC", "inject sandbox failures (see vpcd sandbox --help)"],
    ["--data-dir DIR", "where the journal and timers are kept"],
    ["--no-build", "serve the existing build even when the sources changed"],
    ["--no-install", "do not install missing packages first"],
  ],
};

const USAGE = usageOf(help);

/**
 * Beyond loopback, anyone on the network could drive the student's AWS account through the
 * app, so a non-loopback `--host` needs an access token (flag or VPCD_ACCESS_TOKEN). Returns
 * the refusal to print, or undefined.
 */
export function accessTokenProblem(host: string, token: string | undefined): string | undefined {
  if (isLoopback(host)) return undefined;
  if (!token) return `--host ${host} serves VPC Designer to other machines, and it acts with your AWS credentials: it needs an access token. Pass --access-token <secret> (or set VPCD_ACCESS_TOKEN); people then open the printed address ending in ?token=<secret> once. To stay on this machine, leave --host out (127.0.0.1).`;
  if (token.length < 16) return `--access-token must be at least 16 characters (got ${token.length}); anyone who guesses it can use your AWS account through the app.`;
  return undefined;
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: "string", default: "3000" },
        host: { type: "string", default: "127.0.0.1" },
        "access-token": { type: "string" },
        "time-scale": { type: "string", default: String(DEMO_TIME_SCALE) },
        faults: { type: "string" },
        "data-dir": { type: "string" },
        "no-build": { type: "boolean", default: false },
        "no-install": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  const timeScale = Number(values["time-scale"]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return usageError(`--port must be 1–65535 (got ${values.port})`);
  if (!(timeScale >= 0) || !Number.isFinite(timeScale)) return usageError(`--time-scale must be a number ≥ 0 (got ${values["time-scale"]})`);
  const accessToken = values["access-token"] ?? (process.env.VPCD_ACCESS_TOKEN || undefined);
  const tokenProblem = accessTokenProblem(values.host, accessToken);
  if (tokenProblem) return usageError(tokenProblem);

  if (!(await isPortFree(values.host, port))) {
    console.error(`Port ${port} on ${values.host} is already in use (another demo still running?). Stop it, or pass --port.`);
    return 1;
  }
  const root = projectRoot();
  const distDir = process.env.VPCD_DIST_DIR ?? ".next";
  if (!values["no-build"] && needsBuild(root, distDir)) {
    console.log("Building the app (first run, or sources changed)…");
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) return 1;
  }

  const sandbox = await startSandbox({ timeScale, faults: values.faults });
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    VPCD_SANDBOX_ENDPOINT: sandbox.endpoint,
    VPCD_SANDBOX_TIME_SCALE: String(timeScale),
    // Read by proxy.ts (which hosts and token it accepts) and next.config.js (allowed origins on this port).
    VPCD_BIND_HOST: values.host,
    VPCD_PORT: String(port),
    ...(accessToken ? { VPCD_ACCESS_TOKEN: accessToken } : {}),
    ...(values["data-dir"] ? { VPCD_DATA_DIR: path.resolve(root, values["data-dir"]) } : {}),
  };
  const app = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", values.host, "-p", String(port)], { cwd: root, stdio: ["ignore", "inherit", "inherit"], env });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
    await sandbox.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
  app.on("exit", (code) => void stop(code ?? 1));

  const appUrl = `http://${values.host}:${port}`;
  await waitForHttp(`${appUrl}/api/health`, 120_000);
  const openUrl = accessToken ? `${appUrl}/?token=${encodeURIComponent(accessToken)}` : appUrl;
  console.log(`\n  VPC Designer   ${openUrl}\n  AWS sandbox    ${sandbox.endpoint}  (moto + fidelity layer, time scale ${timeScale})\n\n  Press Ctrl-C to stop both.\n`);
  await new Promise(() => {});
  return 0;
}

function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

function usageError(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

/** A build is stale when any source file is newer than its BUILD_ID. */
function needsBuild(root: string, distDir: string): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "server", "public", "next.config.js", "package-lock.json"];
  return sources.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}
