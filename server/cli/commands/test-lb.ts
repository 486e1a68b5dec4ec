/**
 * `vpcd test-lb <deployment-id> [--count N] [--json]`: N HTTP requests to the deployment's
 * load balancer (its DNS name as AWS reports it now; on the sandbox, the sandbox's own load
 * balancer on loopback) and which private IPs answered. `--json` prints
 * `{"url","answered","failed","byPrivateIp":{"<ip>":count}}`. Exit 0 when at least one request
 * was answered, 1 when none was (or AWS could not be read), 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { sharedJournal } from "../../engine/journal-instance";
import { testLoadBalancer } from "../../live/alb-test";
import { readDeploymentStatus } from "../../live/service";
import { usageOf, type CommandHelp } from "../format/help";
import { reportGoneSandbox } from "../sandbox-gone";
import { fieldValue } from "../../../lib/live/text";

export const help: CommandHelp = {
  usage: ["vpcd test-lb <deployment-id> [--count N] [--json]"],
  description: "Sends N HTTP requests to a deployment's load balancer and counts the private IPs that answer. Exit 0 when at least one request was answered, 1 when none was (or AWS could not be read), 2 for bad input.",
  options: [["--count N", "how many requests to send (default 20)"], ["--json", "print {url, answered, failed, byPrivateIp}"]],
};

const USAGE = usageOf(help);
const MAX_COUNT = 1_000;

/** Parses the flags; returns the options or a message naming the bad one. */
export function parseTestLbArgs(args: string[]): { ok: true; id: string; count: number; json: boolean } | { ok: false; error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { count: { type: "string", default: "20" }, json: { type: "boolean", default: false } } });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (parsed.positionals.length !== 1) return { ok: false, error: "give one deployment id (see vpcd deployments)" };
  const count = Number(parsed.values.count);
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return { ok: false, error: `--count must be a whole number from 1 to ${MAX_COUNT} (got ${parsed.values.count})` };
  return { ok: true, id: parsed.positionals[0], count, json: parsed.values.json };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseTestLbArgs(args);
  if (!parsed.ok) return (console.error(`vpcd test-lb: ${parsed.error}\n${USAGE}`), 2);
  const journal = sharedJournal();
  const row = journal.getDeployment(parsed.id);
  if (!row) return (console.error(`vpcd test-lb: no deployment "${parsed.id}" (see vpcd deployments)`), 2);
  if (await reportGoneSandbox("test-lb", row)) return 1;
  let reading;
  try {
    reading = await readDeploymentStatus(journal, row);
  } catch (error) {
    return (console.error(`vpcd test-lb: could not read AWS: ${(error as Error).message}`), 1);
  }
  const alb = reading.view.rows.find((r) => r.kind === "load-balancer" && r.state === "active" && fieldValue(r, "labelDnsName"));
  const dnsName = alb && fieldValue(alb, "labelDnsName");
  if (!dnsName) {
    const any = reading.view.rows.find((r) => r.kind === "load-balancer");
    console.error(`vpcd test-lb: ${any ? `the load balancer ${any.logicalId} is ${any.state}, not active yet; try again shortly` : "this deployment has no load balancer"}`);
    return 1;
  }
  const result = await testLoadBalancer(dnsName, { count: parsed.count, sandboxEndpoint: row.target.kind === "sandbox" ? row.target.endpoint : undefined });
  const byPrivateIp = Object.fromEntries(result.byIp.map((b) => [b.ip, b.count]));
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify({ url: result.url, answered: result.answered, failed: result.sent - result.answered, byPrivateIp })}\n`);
  } else {
    console.log(`${result.url}: ${result.answered} of ${result.sent} requests answered`);
    for (const b of result.byIp) console.log(`  ${b.ip.padEnd(15)} ${b.count}`);
    const errors = Object.entries(result.errors);
    if (errors.length > 0) console.log(`  failures: ${errors.map(([k, v]) => `${k} × ${v}`).join(", ")}`);
    if (result.explanation) console.log(result.explanation);
  }
  return result.answered > 0 ? 0 : 1;
}
