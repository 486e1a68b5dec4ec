import "server-only";
import net from "node:net";
import type { DeploymentTarget } from "../../lib/deploy/types";

/** Whether the sandbox a deployment went to still answers: "gone" only when nothing listens there. */
export type SandboxPresence = "not-a-sandbox" | "running" | "gone" | "unknown";

/**
 * Knocks on a sandbox deployment's endpoint (one TCP connect, no AWS call). A refused
 * connection means no process listens there any more — `vpcd deploy` without `--endpoint`
 * starts a sandbox for that run only, and moto keeps its resources in memory, so they went
 * with it. A timeout or another error is "unknown" (a slow or filtered host is not proof).
 * Real-account deployments are never probed.
 */
export function sandboxPresence(target: DeploymentTarget, timeoutMs = 1000): Promise<SandboxPresence> {
  if (target.kind !== "sandbox" || !target.endpoint) return Promise.resolve("not-a-sandbox");
  let url: URL;
  try {
    url = new URL(target.endpoint);
  } catch {
    return Promise.resolve("unknown");
  }
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (presence: SandboxPresence) => {
      socket.destroy();
      resolve(presence);
    };
    socket.setTimeout(timeoutMs, () => done("unknown"));
    socket.once("connect", () => done("running"));
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED" ? "gone" : "unknown"));
  });
}

/** The sentence every command prints for a deployment whose sandbox has stopped. */
export function sandboxGoneMessage(deploymentId: string, endpoint: string): string {
  return `the sandbox at ${endpoint} that held ${deploymentId} is no longer running; its resources went with it — \`vpcd forget ${deploymentId}\` removes it from the list`;
}
