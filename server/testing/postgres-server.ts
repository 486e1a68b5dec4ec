import "server-only";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../util/free-port";

/** A throwaway PostgreSQL server: its superuser URL and a way to make empty databases on it. */
export type PostgresServer = {
  /** `postgres://vpcd@127.0.0.1:<port>/postgres` (trust auth, loopback only). */
  readonly url: string;
  readonly port: number;
  /** Creates an empty database and returns its URL; each test can have its own. */
  createDatabase(name?: string): Promise<string>;
  /** Fast shutdown, then the data directory is deleted. */
  stop(): Promise<void>;
};

const SUPERUSER = "vpcd";

/**
 * Where Debian's server binaries are: `VPCD_POSTGRES_BIN`, else the newest
 * /usr/lib/postgresql/<major>/bin, else the folder of an `initdb` on PATH.
 * `server/setup/ensure.sh --test` installs Debian's `postgresql` when none is found.
 */
export function postgresBinDir(): string {
  const fromEnv = process.env.VPCD_POSTGRES_BIN;
  if (fromEnv) return fromEnv;
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
    if (majors[0]) return path.join(debian, majors[0], "bin");
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "postgres"))) return dir;
  }
  throw new Error("PostgreSQL's server binaries (initdb, postgres) were not found: run `bash server/setup/ensure.sh --test` (installs Debian's postgresql) or set VPCD_POSTGRES_BIN");
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user that
 * Debian's package creates (setpriv execs in place, so the pid we hold is postgres itself).
 */
function asServerUser(command: string[]): { argv: string[]; chownTo?: number } {
  if (process.getuid?.() !== 0) return { argv: command };
  let uid: number;
  try {
    uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("running as root, PostgreSQL needs the `postgres` user (Debian's postgresql package creates it: bash server/setup/ensure.sh --test)");
  }
  return { argv: ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--", ...command], chownTo: uid };
}

/**
 * The server exits when our end of its stdin closes: if the test process dies without
 * stopping it, PostgreSQL goes with it (fast shutdown) instead of holding a port.
 * (An asynchronous list's stdin is /dev/null in sh, hence the copy on fd 3.)
 */
const WATCH_PARENT = 'exec 3<&0; "$@" & pid=$!; { cat <&3 >/dev/null; kill -INT "$pid" 2>/dev/null; } & wait "$pid"';

/**
 * Starts a real PostgreSQL (initdb + postgres) in a temporary data directory on a free
 * loopback port: trust authentication for the `vpcd` superuser, no unix socket, and no
 * fsync (a test database need not survive a power cut; it makes initdb and every commit fast).
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const dataDir = mkdtempSync(path.join(tmpdir(), "vpcd-pg-"));
  const initdb = asServerUser([path.join(bin, "initdb"), "-D", dataDir, "-U", SUPERUSER, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  if (initdb.chownTo !== undefined) chownSync(dataDir, initdb.chownTo, initdb.chownTo);
  try {
    execFileSync(initdb.argv[0]!, initdb.argv.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`);
  }
  const port = await freePort();
  const settings = { listen_addresses: "127.0.0.1", port: String(port), unix_socket_directories: "", fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: "300" };
  const server = asServerUser([path.join(bin, "postgres"), "-D", dataDir, ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])]);
  const child = spawn("sh", ["-c", WATCH_PARENT, "sh", ...server.argv], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([waitForPostgres(url, 30_000), exited(child, () => stderr)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port,
    async createDatabase(name = `t_${randomBytes(5).toString("hex")}`) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`createDatabase: name must be lower-case letters, digits and _ (got ${name})`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

async function waitForPostgres(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${timeoutMs} ms: ${String(lastError)}`);
}

function exited(child: ChildProcess, stderr: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once("exit", (code) => reject(new Error(`postgres exited with code ${code}: ${stderr().trim().split("\n").slice(-3).join(" ")}`)));
  });
}

/** Closing stdin asks the wrapper for a fast shutdown; SIGKILL after 10 s as a last resort. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin?.end();
  });
}
