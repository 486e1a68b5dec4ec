/**
 * `vpcd status <id> [--json]`: the deployment's resources as AWS reports them now (one
 * describe per type, at most 10 calls), drift against the design as deployed, and the cost
 * so far. Exit 0 when read, 1 when AWS could not be read, 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { sharedJournal } from "../../engine/journal-instance";
import { mergeRows } from "../../../lib/deploy/entity-status";
import { readDeploymentStatus } from "../../live/service";
import { formatReport } from "../format/cleanup-report";
import { ensureReport, getCleanupView } from "../../cleanup/service";
import { usageOf, type CommandHelp } from "../format/help";
import { reportGoneSandbox } from "../sandbox-gone";
import { formatFacts, formatLiveText } from "../format/live-text";

export const help: CommandHelp = {
  usage: ["vpcd status <deployment-id> [--json]"],
  description: "The deployment's resources as AWS reports them now (at most 10 describe calls), drift against the design as deployed, and the cost so far. Exit 0 when read, 1 when AWS could not be read (or the sandbox that held it is gone), 2 for bad input.",
  options: [["--json", "print {deploymentId, calls, cost, rows}"]],
};

const USAGE = usageOf(help);

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false } } });
  } catch (error) {
    return (console.error(`vpcd status: ${(error as Error).message}\n${USAGE}`), 2);
  }
  if (parsed.positionals.length !== 1) return (console.error(`vpcd status: give one deployment id (see vpcd deployments)\n${USAGE}`), 2);
  const journal = sharedJournal();
  const row = journal.getDeployment(parsed.positionals[0]);
  if (!row) return (console.error(`vpcd status: no deployment "${parsed.positionals[0]}" (see vpcd deployments)`), 2);
  if (await reportGoneSandbox("status", row)) return 1;
  const { done, total } = getCleanupView(journal, row).progress;
  if (total > 0 && done === total) return printCleaned(journal, row, parsed.values.json);
  let reading;
  try {
    reading = await readDeploymentStatus(journal, row);
  } catch (error) {
    return (console.error(`vpcd status: could not read AWS: ${(error as Error).message}`), 1);
  }
  reading = { ...reading, view: mergeRows(reading.view, getCleanupView(journal, row)) };
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify({ deploymentId: row.id, ...(row.adopted ? { adoptedFrom: row.adopted.vpcId } : {}), calls: reading.calls, cost: reading.cost, rows: reading.view.rows.map((r) => ({ ...r, detail: formatFacts(r.facts) || undefined })) })}\n`);
    return 0;
  }
  console.log(`${row.id}  ${row.name}  (${row.target.kind} ${row.target.region})  cost so far $${reading.cost.usd.toFixed(4)} at $${reading.cost.usdPerHour.toFixed(4)}/h  [${reading.calls} AWS calls]`);
  if (row.adopted) console.log(`  adopted from AWS (${row.adopted.vpcId}): compared with the design it was imported as; VPC Designer did not create these resources and will not delete them`);
  for (const r of reading.view.rows) {
    console.log(`  ${r.phase.padEnd(8)} ${r.kind.padEnd(16)} ${r.logicalId.padEnd(12)} ${r.awsId}  ${formatFacts(r.facts) || r.state}`);
    for (const d of r.drift) if (d !== r.facts[0]) console.log(`           drift: ${formatLiveText(d)}`);
  }
  return 0;
}

/** A deployment whose cleanup finished: the verified report instead of a list of deleted things. */
async function printCleaned(journal: Parameters<typeof getCleanupView>[0], row: Parameters<typeof getCleanupView>[1], json: boolean): Promise<number> {
  await ensureReport(journal, row);
  const report = getCleanupView(journal, row).report!;
  if (json) process.stdout.write(`${JSON.stringify({ deploymentId: row.id, cleanedUp: true, report })}\n`);
  else console.log([`${row.id}  ${row.name}: cleaned up.`, ...formatReport(report)].join("\n"));
  return 0;
}
