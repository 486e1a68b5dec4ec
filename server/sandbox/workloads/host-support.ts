import "server-only";
import { existsSync } from "node:fs";
import { run } from "./run";

/** Whether this host can run instances' workloads, and if not, why (shown to the learner). */
export type WorkloadSupport = { ok: true } | { ok: false; reason: string };

const TOOLS = [
  ["ip", "iproute2"],
  ["bwrap", "bubblewrap"],
  ["nft", "nftables"],
  ["setpriv", "util-linux"],
] as const;

let cached: Promise<WorkloadSupport> | undefined;

/**
 * Checks once per process: Linux, root (network namespaces and veth pairs need it), the tools
 * (`npm run setup -- --test` installs them on Debian), and that an unprivileged bubblewrap
 * can start (user namespaces enabled). `VPCD_SANDBOX_WORKLOADS=off` turns workloads off.
 */
export function workloadSupport(): Promise<WorkloadSupport> {
  cached ??= probe();
  return cached;
}

async function probe(): Promise<WorkloadSupport> {
  if (process.env.VPCD_SANDBOX_WORKLOADS === "off") return { ok: false, reason: "turned off (VPCD_SANDBOX_WORKLOADS=off)" };
  if (process.platform !== "linux") return { ok: false, reason: `needs Linux network namespaces (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { ok: false, reason: "needs root to create network namespaces (the sandbox runs as a normal user)" };
  const missing = TOOLS.filter(([tool]) => !which(tool)).map(([tool, pkg]) => `${tool} (${pkg})`);
  if (missing.length > 0) return { ok: false, reason: `missing ${missing.join(", ")}: run \`npm run setup -- --test\`` };
  try {
    await run("setpriv", ["--reuid", "65534", "--regid", "65534", "--clear-groups", "bwrap", "--unshare-all", "--ro-bind", "/", "/", "--", "/bin/true"]);
  } catch (error) {
    return { ok: false, reason: `bubblewrap cannot start unprivileged (user namespaces off?): ${(error as Error).message.slice(0, 160)}` };
  }
  return { ok: true };
}

/** The absolute path of a tool on PATH (or the sbin directories root normally has). */
export function which(tool: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/sbin", "/usr/bin", "/bin"];
  return dirs.filter((dir) => dir.startsWith("/")).map((dir) => `${dir}/${tool}`).find((file) => existsSync(file));
}
