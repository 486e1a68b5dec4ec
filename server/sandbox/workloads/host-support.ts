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

/** What the host offers, as `probe` reads it; separate so each refusal can be tested. */
export type HostFacts = { env: string | undefined; platform: string; uid: number | undefined; has(tool: string): boolean };

/**
 * Why workloads cannot run on a host with these facts, or undefined when they may (the
 * bubblewrap start is checked after this).
 *
 * @example hostRefusal({ env: undefined, platform: "darwin", uid: 501, has: () => true }) // "needs Linux network namespaces (this is darwin)"
 */
export function hostRefusal(facts: HostFacts): string | undefined {
  if (facts.env === "off") return "turned off (VPCD_SANDBOX_WORKLOADS=off)";
  if (facts.platform !== "linux") return `needs Linux network namespaces (this is ${facts.platform})`;
  if (facts.uid !== 0) return "needs root to create network namespaces (the sandbox runs as a normal user)";
  const missing = TOOLS.filter(([tool]) => !facts.has(tool)).map(([tool, pkg]) => `${tool} (${pkg})`);
  if (missing.length > 0) return `missing ${missing.join(", ")}: run \`npm run setup -- --test\``;
  return undefined;
}

async function probe(): Promise<WorkloadSupport> {
  const refusal = hostRefusal({ env: process.env.VPCD_SANDBOX_WORKLOADS, platform: process.platform, uid: process.getuid?.(), has: (tool) => which(tool) !== undefined });
  if (refusal) return { ok: false, reason: refusal };
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
