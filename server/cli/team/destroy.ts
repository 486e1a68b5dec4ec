/**
 * Team mode's `vpcd destroy <id> [--detach] [--json]`: enqueues the guided cleanup for the
 * workers and, unless detached, waits for it and prints the report the worker verified.
 * Exit 0 only when nothing is left; 1 otherwise; 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import type { CleanupReport } from "../../../lib/cleanup/report";
import { enqueueCleanup, isQueuedOrRunning, lastCleanupOutcome, openTeam } from "../../jobs/team";
import { formatReport } from "../format/cleanup-report";

export async function runTeamDestroy(url: string, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false }, detach: { type: "boolean", default: false } } });
  } catch (error) {
    return (console.error(`vpcd destroy: ${(error as Error).message}\nusage: vpcd destroy <deployment-id> [--detach] [--json]`), 2);
  }
  if (parsed.positionals.length !== 1) return (console.error("vpcd destroy: give one deployment id (see vpcd deployments)"), 2);
  const team = await openTeam(url, { applicationName: "vpcd-cli" });
  try {
    const row = await team.store.journal.getDeployment(parsed.positionals[0]!);
    if (!row) return (console.error(`vpcd destroy: no deployment "${parsed.positionals[0]}" in the team database (see vpcd deployments)`), 2);
    // A real-account cleanup needs the server's confirmation token (server/confirm); team mode
    // does not issue one yet, so it refuses rather than delete without the account check.
    if (row.target.kind === "aws") return (console.error(`vpcd destroy: ${row.id} is in a real AWS account; team mode cleans up sandbox deployments only for now (the confirmation step is not wired yet)`), 2);
    const started = Date.now();
    await enqueueCleanup(team, row.id);
    if (parsed.values.detach) return (console.log(`Cleanup of ${row.id} queued; a worker runs it.`), 0);
    if (!parsed.values.json) console.log(`Cleanup of ${row.id} queued; waiting for a worker to finish it…`);
    // Seen idle twice: a job is picked up a moment before its lease is taken.
    for (let idle = 0; idle < 2; ) {
      await new Promise((r) => setTimeout(r, 500));
      idle = (await isQueuedOrRunning(team, row.id)) ? 0 : idle + 1;
    }
    const outcome = await lastCleanupOutcome(team, row.id);
    const report = outcome?.report as CleanupReport | undefined;
    const isClean = outcome?.status === "complete" && report?.isNothingLeft === true;
    if (parsed.values.json) process.stdout.write(`${JSON.stringify({ deploymentId: row.id, status: outcome?.status ?? "unknown", elapsedMs: Date.now() - started, failures: outcome?.failures ?? [], report })}\n`);
    else if (report) {
      console.log(`\nCleanup ${String(outcome?.status)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      for (const line of formatReport(report)) console.log(line);
    } else console.error("vpcd destroy: the cleanup ended without a report (see the worker's log); run it again");
    return isClean ? 0 : 1;
  } finally {
    await team.close();
  }
}
