import "server-only";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../cli/bin.js", import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `vpcd <args>` as a user would (a real process), feeding `stdin` when given, with extra environment variables. */
export function vpcd(args: string[], stdin?: string | Buffer, env?: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"], env: env ? { ...process.env, ...env } : process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    // The child may exit before reading everything (e.g. an oversized document); that is not an error here.
    child.stdin.on("error", () => {});
    child.stdin.end(stdin ?? "");
  });
}
