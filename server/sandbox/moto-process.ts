import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, waitForHttp } from "../util/free-port";
import { projectRoot } from "../util/project-root";

/**
 * Runs moto's server, and exits when our end of its stdin closes: if the process that started
 * the sandbox dies without stopping it (killed, or its parent killed), moto goes with it
 * instead of holding a port.
 */
const MOTO_LAUNCHER = [
  "import os, sys, threading",
  "def watch_parent():",
  "    sys.stdin.read()",
  "    os._exit(0)",
  "threading.Thread(target=watch_parent, daemon=True).start()",
  "from moto.server import main",
  "main(sys.argv[1:])",
].join("\n");

export type MotoProcess = { endpoint: string; port: number; stop(): Promise<void> };

/**
 * Starts the pinned moto from the project's venv on 127.0.0.1 (a free port unless given) and
 * waits until it answers. moto only ever binds loopback.
 */
export async function startMoto(options: { port?: number } = {}): Promise<MotoProcess> {
  const python = path.join(projectRoot(), ".venv", "bin", "python");
  if (!existsSync(python)) {
    throw new Error("the sandbox is not installed: run `npm run setup` (it creates .venv with moto)");
  }
  const port = options.port ?? (await freePort());
  const child = spawn(python, ["-c", MOTO_LAUNCHER, "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["pipe", "ignore", "pipe"],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: "false" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitForHttp(`${endpoint}/moto-api/`, 30_000), exited(child, () => stderr)]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return { endpoint, port, stop: () => stopChild(child) };
}

function exited(child: ChildProcess, stderr: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once("exit", (code) => reject(new Error(`moto exited with code ${code}: ${stderr().trim().split("\n").pop() ?? ""}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
