/**
 * `vpcd deployments [--json]`: every deployment the journal knows, newest first, with its
 * lifecycle (a deployment no process runs any more, with an unfinished step, is `interrupted`;
 * one whose cleanup finished is `cleaned up`, whatever its create steps said). In `--json`,
 * `status` is that lifecycle and `deployStatus` the deploy walk's own. A sandbox deployment
 * whose sandbox no longer runs reads `sandbox gone` (its resources went with the sandbox),
 * never `complete`: `vpcd forget <id>` removes it.
 */
import "server-only";
import { parseArgs } from "node:util";
import { sharedJournal } from "../../engine/journal-instance";
import { openLabTimers } from "../../cleanup/lab-timer";
import { readableTimer } from "../../cleanup/timer-why";
import { listDeploymentSummaries, type DeploymentSummary } from "../../live/deployment-status";
import { sandboxPresence } from "../../live/sandbox-presence";
import { usageOf, type CommandHelp } from "../format/help";
import { storeConfig } from "../../store/config";

export const help: CommandHelp = {
  usage: ["vpcd deployments [--json]"],
  description: "Lists every deployment this installation recorded, newest first, with its status: running, complete, failed, interrupted, cleaned up, or sandbox gone (the sandbox that held it is no longer running; `vpcd forget <id>` removes it from the list).",
  options: [["--json", "print {deployments:[{deploymentId, name, target, status, deployStatus, …}]}"]],
};

const USAGE = usageOf(help);

export async function run(args: string[]): Promise<number> {
  const store = storeConfig();
  if (store.kind === "postgres") return (await import("../team/deployments")).runTeamDeployments(store.url, args);
  let json = false;
  try {
    json = Boolean(parseArgs({ args, options: { json: { type: "boolean", default: false } } }).values.json);
  } catch (error) {
    return (console.error(`vpcd deployments: ${(error as Error).message}\n${USAGE}`), 2);
  }
  const views = await withSandboxPresence(listDeploymentSummaries(sharedJournal()));
  const timers = openLabTimers();
  const timerOf = (id: string) => readableTimer(timers.get(id));
  if (json) {
    const rows = views.map((v) => ({ deploymentId: v.id, name: v.name, target: v.target, status: v.lifecycle, deployStatus: v.status, createdAt: new Date(v.createdAt).toISOString(), progress: v.progress, resources: v.resources, ...(v.adoptedFrom ? { adoptedFrom: v.adoptedFrom } : {}), ...(timerOf(v.id) ? { labTimer: timerOf(v.id) } : {}) }));
    process.stdout.write(`${JSON.stringify({ deployments: rows })}\n`);
    return 0;
  }
  if (views.length === 0) return (console.log("No deployments yet. Deploy one with: vpcd deploy <file>"), 0);
  for (const v of views) {
    const where = v.target.kind === "aws" ? `AWS ${v.target.region}` : `sandbox ${v.target.endpoint ?? ""}`;
    console.log(`${v.id}  ${v.lifecycle.replace(/-/g, " ").padEnd(15)} ${String(v.progress.done).padStart(2)}/${v.progress.total}  ${new Date(v.createdAt).toISOString()}  ${v.name}  (${where})`);
    if (v.adoptedFrom) console.log(`    adopted from AWS (${v.adoptedFrom}): not created by VPC Designer, never cleaned up by it`);
    const timer = timerOf(v.id);
    if (timer?.lastError) console.log(`    timed cleanup did not finish (${timer.attempts ?? 1} attempt(s)): ${timer.lastError}; tried again at ${new Date(timer.dueAt).toISOString()}`);
    else if (timer) console.log(`    lab timer: cleanup starts at ${new Date(timer.dueAt).toISOString()}`);
  }
  timers.close();
  return 0;
}

/** A status shown in the list: the lifecycle, or "sandbox-gone" when the sandbox holding it has stopped. */
type Listed = Omit<DeploymentSummary, "lifecycle"> & { lifecycle: DeploymentSummary["lifecycle"] | "sandbox-gone" };

/**
 * Knocks on each sandbox once (in parallel, one TCP connect each). A cleaned-up deployment
 * stays "cleaned up": nothing was lost when its sandbox stopped.
 */
async function withSandboxPresence(views: DeploymentSummary[]): Promise<Listed[]> {
  return Promise.all(
    views.map(async (v): Promise<Listed> => (v.lifecycle !== "cleaned-up" && (await sandboxPresence(v.target)) === "gone" ? { ...v, lifecycle: "sandbox-gone" } : v)),
  );
}
