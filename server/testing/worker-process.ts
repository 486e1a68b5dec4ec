import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../cli/bin.js", import.meta.url));

/**
 * The child ends when our end of its stdin closes: a test process that dies without stopping
 * its workers takes them along (SIGTERM, which bin.js forwards to the worker itself).
 * (An asynchronous list's stdin is /dev/null in sh, hence the copy on fd 3.)
 */
const WATCH_PARENT = 'exec 3<&0; "$@" & pid=$!; { cat <&3 >/dev/null; kill -TERM "$pid" 2>/dev/null; } & wait "$pid"';

export type WorkerProcess = {
  /** The worker's own pid (the node process running the jobs, not the launcher). */
  readonly pid: () => number | undefined;
  /** Resolves with the worker id once it said "ready". */
  readonly ready: Promise<string>;
  readonly exited: Promise<number | null>;
  output(): string;
  /** SIGKILL to the worker itself: no cleanup, its connections simply drop. */
  kill9(): void;
  /** Whether `kill9` was called. */
  readonly killed: boolean;
  /** SIGTERM (graceful: unfinished runs go back to the queue), then waits for the exit. */
  stop(): Promise<void>;
};

/** Starts `vpcd worker` as a real process on the team database `url`. */
export function spawnWorker(url: string, args: string[] = [], env: Record<string, string> = {}): WorkerProcess {
  const child: ChildProcess = spawn("sh", ["-c", WATCH_PARENT, "sh", process.execPath, BIN, "worker", ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...env, VPCD_DATABASE_URL: url },
  });
  let output = "";
  let workerPid: number | undefined;
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const match = /worker (\S+:(\d+):\w+) ready/.exec(output);
      if (match && workerPid === undefined) {
        workerPid = Number(match[2]);
        resolve(match[1]!);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the worker exited (${code}) before it was ready: ${output.slice(-1000)}`)));
  });
  ready.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let killed = false;
  return {
    get killed() {
      return killed;
    },
    pid: () => workerPid,
    ready,
    exited,
    output: () => output,
    kill9() {
      killed = true;
      if (workerPid !== undefined) process.kill(workerPid, "SIGKILL");
      // The launcher exits with it; closing stdin ends the watcher left behind.
      child.stdin?.end();
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
