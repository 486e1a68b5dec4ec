import "server-only";
import { spawn } from "node:child_process";

/**
 * Runs a host command (ip, nft, sysctl) to completion and returns its stdout; throws with the
 * command and its stderr when it fails, so a broken environment says what went wrong.
 */
export function run(command: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}): ${stderr.trim().slice(0, 400)}`));
    });
    // A command that exits without reading its input must not crash the layer (EPIPE).
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}

/** Like `run`, but a failure only resolves false (for clean-up that may find nothing to clean). */
export async function tryRun(command: string, args: string[], input?: string): Promise<boolean> {
  try {
    await run(command, args, input);
    return true;
  } catch {
    return false;
  }
}
