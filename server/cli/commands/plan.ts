/**
 * `vpcd plan <file> [--json]`: compiles a design into the create plan and prints its steps in
 * order (each with what it waits for) and the cost per hour and month. Exit 0 when the plan
 * compiles and the design has no errors, 1 otherwise, 2 for unreadable input.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeLoadIssues, loadDesignText } from "../../../lib/design/migrate";
import type { Design } from "../../../lib/design/schema";
import { compilePlan, estimateCost, renderPlan, type CostEstimate } from "../../../lib/plan";
import { designErrors } from "../../engine/validate";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd plan <file|-> [--json]"],
  description: "Compiles a design into its create plan and prints the steps in order (each with what it waits for) and the cost per hour and month. Exit 0 when the plan compiles, 1 when the design has errors, 2 for unreadable input.",
  options: [["--json", "print the plan and the cost as JSON"]],
};

const USAGE = usageOf(help);

/** Reads and loads a design file ("-" for standard input); a problem is one readable line. */
export async function loadDesignFile(source: string): Promise<{ ok: true; design: Design } | { ok: false; message: string }> {
  let text: string;
  try {
    text = source === "-" ? await readStdin() : await readFile(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${source}: ${code === "ENOENT" ? "no such file" : (error as Error).message}` };
  }
  const loaded = loadDesignText(text);
  return loaded.ok ? loaded : { ok: false, message: `${source} is not a valid design:\n${describeLoadIssues(loaded.issues.slice(0, 10))}` };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** "$0.1234/h ($90.08/month), prices of 2026" — or why there is no figure. */
export function formatCost(cost: CostEstimate): string {
  if (!cost.priceDate) return `cost unknown: no dated prices for ${cost.region}`;
  const partial = cost.hasUnknown ? " (at least; some items have no price)" : "";
  return `$${cost.perHour.toFixed(4)}/h ($${cost.perMonth.toFixed(2)}/month)${partial}, ${cost.region} prices of ${cost.priceDate}`;
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    console.error(`vpcd plan: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) return (console.log(USAGE), 0);
  if (parsed.positionals.length !== 1) return (console.error(`vpcd plan: give one design file\n${USAGE}`), 2);
  const loaded = await loadDesignFile(parsed.positionals[0]);
  if (!loaded.ok) return (console.error(`vpcd plan: ${loaded.message}`), 2);
  const compiled = compilePlan(loaded.design);
  if (!compiled.ok) return (console.error(`vpcd plan: ${compiled.error.message}`), 1);
  const cost = estimateCost(loaded.design);
  const errors = designErrors(loaded.design);
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify({ steps: Object.values(compiled.plan.steps), edges: compiled.plan.edges, cost, errors })}\n`);
  } else {
    console.log(`Plan for "${loaded.design.name}" in ${loaded.design.region}: ${Object.keys(compiled.plan.steps).length} steps\n`);
    console.log(renderPlan(compiled.plan));
    console.log(`\nCost while deployed: ${formatCost(cost)}`);
    for (const line of cost.lines) console.log(`  ${String(line.quantity).padStart(2)} × ${line.item.padEnd(40)} ${line.perHour === null ? "price unknown" : `$${line.perHour.toFixed(4)}/h`}`);
    if (errors.length) console.error(`\nThe design has errors; deploying is refused until they are fixed:\n  ${errors.join("\n  ")}`);
  }
  return errors.length ? 1 : 0;
}
