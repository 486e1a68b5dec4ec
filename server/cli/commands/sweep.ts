/**
 * `vpcd sweep --region R [--endpoint URL [--account ID]] [--yes] [--json]`: every resource in the region (of one sandbox account)
 * carrying this app's tags, grouped by deployment with age and cost per hour; with --yes (or
 * a "y" at the prompt) each group is deleted in AWS's safe order. Resources without the
 * app's tags are never touched, nor a deployment this installation is working on; another
 * installation's deployments are named and deleted only with --include-other-installations.
 * On a real account each group's prompt names the account, and the server's confirmation token
 * for that group, account, region and cost is checked before anything is deleted.
 * Exit 0 only when nothing tagged is left; 1 otherwise; 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { RegionSchema } from "../../../lib/design/schema";
import { sdkPort } from "../../aws/sdk-port";
import { confirm } from "../format/deploy-progress";
import { sharedJournal } from "../../engine/journal-instance";
import { logLine } from "../../engine/step-events";
import { formatGroup, formatReport } from "../format/cleanup-report";
import { findOrphans, sweepGroup } from "../../cleanup/sweep";
import { timingFor } from "../../aws/timing";
import { confirmScannedGroup, sweepFacts } from "../../confirm/sweep";
import { requireConfirmation } from "../../confirm/service";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd sweep --region R [--endpoint URL [--account ID]] [--yes] [--include-other-installations] [--json]"],
  description: "Finds every resource in a region that carries this app's tags, grouped by deployment with age and cost per hour, and deletes each group in AWS's safe order when you confirm. Untagged resources are never touched. Exit 0 only when nothing tagged is left, 1 otherwise, 2 for bad input.",
  options: [
    ["--region R", "the region to search (required), e.g. ap-northeast-2"],
    ["--endpoint URL", "an AWS-compatible endpoint such as the sandbox (default: the real AWS of your credentials)"],
    ["--account ID", "with the sandbox: a student's 12-digit sandbox account (default: the shared one); the class page lists them"],
    ["-y, --yes", "delete without asking"],
    ["--include-other-installations", "also delete deployments made by another installation of the app"],
    ["--json", "print the groups (and what was swept) as JSON"],
  ],
};

const USAGE = usageOf(help);

function parse(args: string[]) {
  const { values } = parseArgs({ args, options: { region: { type: "string" }, endpoint: { type: "string" }, account: { type: "string" }, yes: { type: "boolean", short: "y", default: false }, json: { type: "boolean", default: false }, "include-other-installations": { type: "boolean", default: false } } });
  if (!values.region || !RegionSchema.safeParse(values.region).success) throw new Error(`--region is required and looks like ap-northeast-2 (got "${values.region ?? ""}")`);
  if (values.endpoint && !/^https?:\/\/[^\s/]+/.test(values.endpoint)) throw new Error(`--endpoint must be a URL like http://127.0.0.1:4566 (got "${values.endpoint}")`);
  if (values.account !== undefined && !/^\d{12}$/.test(values.account)) throw new Error(`--account is a 12-digit sandbox account id such as 412345678901 (got "${values.account}")`);
  if (values.account !== undefined && !values.endpoint) throw new Error("--account names a sandbox account: give the sandbox's --endpoint too (on AWS, the account is your credentials')");
  return { region: values.region, endpoint: values.endpoint, account: values.account, yes: values.yes, json: values.json, includeOthers: values["include-other-installations"] };
}

export async function run(args: string[]): Promise<number> {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    return (console.error(`vpcd sweep: ${(error as Error).message}\n${USAGE}`), 2);
  }
  const journal = sharedJournal();
  // A student's sandbox account signs with its 12-digit id as the dummy key (server/sandbox/accounts.ts).
  const port = sdkPort({ region: options.region, endpoint: options.endpoint, ...(options.account ? { credentials: { accessKeyId: options.account, secretAccessKey: "test" } } : {}) });
  const target = { kind: options.endpoint ? ("sandbox" as const) : ("aws" as const) };
  const groups = await findOrphans(port, new Set(journal.listDeployments().map((d) => d.id)));
  const swept = [];
  const searched = options.account ? `${options.region}, sandbox account ${options.account}` : options.region;
  if (!options.json) console.log(groups.length === 0 ? `Nothing tagged by this app in ${searched}.` : `Found ${groups.length} deployment(s) with resources in ${searched}:`);
  let isClean = true;
  for (const group of groups) {
    if (!options.json) console.log(formatGroup(group).join("\n"));
    if (group.isBusy || (group.isOtherInstallation && !options.includeOthers)) {
      isClean = false;
      if (!options.json && group.isOtherInstallation && !group.isBusy) console.log("  skipped: pass --include-other-installations to delete it too");
      continue;
    }
    const confirmation = await confirmScannedGroup(port, group, options.region, { target });
    const where = confirmation.isRequired ? ` in AWS account ${confirmation.binding.accountId}` : "";
    const go = options.yes || (!options.json && process.stdin.isTTY && (await confirm(`Delete ${group.deploymentId} (${group.resources.length} resources)${where} in safe order?`)));
    if (!go) {
      isClean = false;
      continue;
    }
    await requireConfirmation(port, confirmation.isRequired ? confirmation.token : undefined, sweepFacts(group, options.region), { target });
    const result = await sweepGroup({ port, group, journal, timing: timingFor(target), where: target.kind, onEvent: (e) => options.json || console.log(`  ${logLine(e)}`) });
    swept.push({ deploymentId: group.deploymentId, status: result.status, report: result.report });
    isClean &&= result.status === "complete" && result.report.isNothingLeft;
    if (!options.json) console.log(formatReport(result.report).join("\n"));
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ region: options.region, ...(options.account ? { account: options.account } : {}), groups, swept })}\n`);
  return isClean ? 0 : 1;
}
