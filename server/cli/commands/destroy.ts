/**
 * `vpcd destroy <id> [--yes] [--json]`: guided cleanup of a recorded deployment in AWS's safe order,
 * printing each step (and what blocks it, when AWS refuses), then the report verified by
 * describe calls. Stop with Ctrl-C and run it again to pick up where it stopped. On a real
 * account it names the account, region and cost and asks first (--yes answers for you); the
 * server's confirmation token for that deployment and account is what lets the cleanup run.
 * Exit 0 only when the cleanup verified nothing is left; 1 otherwise; 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { sharedJournal } from "../../engine/journal-instance";
import { logLine } from "../../engine/step-events";
import { formatReport } from "../format/cleanup-report";
import { confirm } from "../format/deploy-progress";
import { confirmCleanup, runConfirmedCleanup } from "../../confirm/cleanup";
import type { DeploymentRow } from "../../journal";
import { storeConfig } from "../../store/config";

import { usageOf, type CommandHelp } from "../format/help";
import { reportGoneSandbox } from "../sandbox-gone";

export const help: CommandHelp = {
  usage: ["vpcd destroy <deployment-id> [--yes] [--json]"],
  description: "Cleans up a recorded deployment in AWS's safe order, printing each step and what blocks it, then a report verified by describe calls. On a real account it names the account, region and cost and asks first. Ctrl-C stops; run it again to continue. Exit 0 only when nothing billable is left, 1 otherwise, 2 for bad input.",
  options: [["-y, --yes", "do not ask before deleting a real-account deployment"], ["--json", "print {deploymentId, status, elapsedMs, failures, report}"]],
};

const USAGE = usageOf(help);

/** The confirm step in the terminal: the server's confirmation, then a "y" (or --yes). Null: not confirmed. */
async function confirmDestroy(row: DeploymentRow, yes: boolean): Promise<{ token?: string } | null> {
  const confirmation = await confirmCleanup(row);
  if (!confirmation.isRequired) return {};
  const { accountId, region, usdPerHour } = confirmation.binding;
  console.error(`Delete everything deployment ${row.id} created in AWS account ${accountId}, region ${region} (it bills $${usdPerHour.toFixed(4)}/h while it stands).`);
  if (!yes && !process.stdin.isTTY) return (console.error("vpcd destroy: a real-account cleanup needs confirmation; run it in a terminal or pass --yes"), null);
  if (!yes && !(await confirm("Delete these resources? This cannot be undone."))) return null;
  return { token: confirmation.token };
}

export async function run(args: string[]): Promise<number> {
  // Team mode (VPCD_DATABASE_URL): a worker cleans up; this waits for its verified report.
  const store = storeConfig();
  if (store.kind === "postgres") return (await import("../team/destroy")).runTeamDestroy(store.url, args);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false }, yes: { type: "boolean", short: "y", default: false } } });
  } catch (error) {
    return (console.error(`vpcd destroy: ${(error as Error).message}\n${USAGE}`), 2);
  }
  if (parsed.positionals.length !== 1) return (console.error(`vpcd destroy: give one deployment id (see vpcd deployments)\n${USAGE}`), 2);
  const journal = sharedJournal();
  const row = journal.getDeployment(parsed.positionals[0]);
  if (!row) return (console.error(`vpcd destroy: no deployment "${parsed.positionals[0]}" (see vpcd deployments; for a lost journal use vpcd sweep)`), 2);
  if (await reportGoneSandbox("destroy", row)) return 1;
  const json = parsed.values.json;
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const started = Date.now();
  try {
    const confirmed = await confirmDestroy(row, parsed.values.yes);
    if (!confirmed) return 1;
    const result = await runConfirmedCleanup(journal, row, confirmed.token, { signal: controller.signal, onEvent: (e) => json || console.log(`[${((e.at - started) / 1000).toFixed(1).padStart(5)} s] ${logLine(e)}`) });
    const isClean = result.status === "complete" && result.report.isNothingLeft;
    if (json) process.stdout.write(`${JSON.stringify({ deploymentId: row.id, status: result.status, elapsedMs: result.elapsedMs, failures: result.failures, report: result.report })}\n`);
    else {
      console.log(`\nCleanup ${result.status} in ${(result.elapsedMs / 1000).toFixed(1)} s.`);
      for (const line of formatReport(result.report)) console.log(line);
      if (result.status === "aborted") console.log("Stopped. Run the same command again to continue where it stopped.");
    }
    return isClean ? 0 : 1;
  } catch (error) {
    console.error(`vpcd destroy: ${(error as Error).message}`);
    return 1;
  }
}
