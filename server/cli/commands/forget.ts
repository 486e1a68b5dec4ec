/**
 * `vpcd forget <deployment-id> [--force] [--json]`: removes a deployment from this
 * installation's journal (and its lab timer), so `vpcd deployments` stops listing it. Meant for
 * a sandbox deployment whose sandbox has stopped. It refuses whatever could hide a billing
 * resource: a real-account deployment goes only when it never touched AWS or its cleanup is
 * verified now with nothing billable left (lib/cleanup/forget-policy.ts). Exit 0 when
 * forgotten, 1 when refused, 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { decideForget, type ForgetDecision } from "../../../lib/cleanup/forget-policy";
import type { CleanupReport } from "../../../lib/cleanup/report";
import { ensureReport, getCleanupView } from "../../cleanup/service";
import { openLabTimers } from "../../cleanup/lab-timer";
import { sharedJournal } from "../../engine/journal-instance";
import type { DeploymentRow, Journal } from "../../journal";
import { listDeploymentSummaries } from "../../live/deployment-status";
import { sandboxPresence } from "../../live/sandbox-presence";
import { formatReport } from "../format/cleanup-report";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd forget <deployment-id> [--force] [--json]"],
  description:
    "Removes a deployment from this installation's list. A sandbox deployment can be forgotten when its sandbox has stopped (its resources went with it) or after `vpcd destroy`. A real-account deployment can be forgotten only after `vpcd destroy` verified that nothing billable is left, so no resource that costs money disappears from view. Exit 0 when forgotten, 1 when refused, 2 for bad input.",
  options: [
    ["--force", "forget a sandbox deployment whose sandbox still runs (its resources stay there until the sandbox stops); never applies to AWS"],
    ["--json", "print {deploymentId, forgotten, reason}"],
  ],
};

const USAGE = usageOf(help);

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { force: { type: "boolean", default: false }, json: { type: "boolean", default: false } } });
  } catch (error) {
    return (console.error(`vpcd forget: ${(error as Error).message}\n${USAGE}`), 2);
  }
  if (parsed.positionals.length !== 1) return (console.error(`vpcd forget: give one deployment id (see vpcd deployments)\n${USAGE}`), 2);
  const journal = sharedJournal();
  const row = journal.getDeployment(parsed.positionals[0]);
  if (!row) return (console.error(`vpcd forget: no deployment "${parsed.positionals[0]}" (see vpcd deployments)`), 2);
  const { decision, report } = await decide(journal, row, parsed.values.force);
  if (!decision.ok) return (console.error(`vpcd forget: ${refusal(row, decision.reason, report)}`), 1);
  journal.forgetDeployment(row.id);
  const timers = openLabTimers();
  timers.clear(row.id);
  timers.close();
  if (parsed.values.json) process.stdout.write(`${JSON.stringify({ deploymentId: row.id, forgotten: true, reason: decision.reason })}\n`);
  else console.log(`Forgot ${row.id} (${row.name}): ${REASONS[decision.reason]}.`);
  return 0;
}

const REASONS: Record<Extract<ForgetDecision, { ok: true }>["reason"], string> = {
  "never-started": "it never created anything",
  adopted: "it was adopted, so the VPC itself stays as it is in AWS",
  "sandbox-gone": "its sandbox had stopped and its resources went with it",
  "cleaned-up": "its cleanup was verified",
  forced: "forced; its resources stay in the sandbox until the sandbox stops",
};

/** Gathers the facts the policy needs: the lifecycle, the sandbox's presence, and for AWS a report verified now. */
async function decide(journal: Journal, row: DeploymentRow, force: boolean): Promise<{ decision: ForgetDecision; report?: CleanupReport }> {
  const lifecycle = listDeploymentSummaries(journal).find((v) => v.id === row.id)!.lifecycle;
  const hasTouchedAws = journal.entries(row.id).length > 0;
  const presence = await sandboxPresence(row.target);
  let report: CleanupReport | undefined;
  if (row.target.kind === "aws" && lifecycle === "cleaned-up") {
    try {
      await ensureReport(journal, row);
      report = getCleanupView(journal, row).report;
    } catch (error) {
      console.error(`vpcd forget: could not verify the cleanup in AWS: ${(error as Error).message}`);
    }
  }
  const sandbox = presence === "not-a-sandbox" ? undefined : presence;
  return { decision: decideForget({ targetKind: row.target.kind, lifecycle, hasTouchedAws, isAdopted: Boolean(row.adopted), sandbox, report, force }), report };
}

function refusal(row: DeploymentRow, reason: Extract<ForgetDecision, { ok: false }>["reason"], report: CleanupReport | undefined): string {
  const where = row.target.kind === "aws" ? `AWS account ${row.target.accountId ?? "(unknown)"} in ${row.target.region}` : `the sandbox at ${row.target.endpoint}`;
  switch (reason) {
    case "busy":
      return `${row.id} is being deployed or cleaned up right now; wait for it to finish or stop it first.`;
    case "not-cleaned-up":
      return `${row.id} may still have resources in ${where} that cost money, and forgetting it would hide them. Run \`vpcd destroy ${row.id}\` first; forget works once the cleanup has verified nothing billable is left (--force does not apply to AWS).`;
    case "billable-left":
      return [`the cleanup of ${row.id} is not verified clean in ${where}, so forgetting it would hide resources that cost money. Run \`vpcd destroy ${row.id}\` again.`, ...(report ? formatReport(report) : [])].join("\n");
    case "sandbox-running":
      return `the sandbox at ${row.target.endpoint} is still running and holds the resources of ${row.id}. Run \`vpcd destroy ${row.id}\` to remove them, or pass --force to forget it anyway (they go when that sandbox stops).`;
  }
}
