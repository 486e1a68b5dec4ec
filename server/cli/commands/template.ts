/**
 * `vpcd template --list` lists the built-in designs; `vpcd template <name>` prints one as JSON,
 * ready for `vpcd validate -` or for loading in the designer.
 */
import "server-only";
import { parseArgs } from "node:util";
import { getTemplate, listTemplates } from "../../../lib/templates";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd template --list", "vpcd template <name>"],
  description: "Prints a built-in design as JSON, ready for `vpcd validate -` or for Import in the designer. Exit 0 with the design or the list, 2 for a missing or unknown name.",
  options: [["-l, --list", "list the templates with a line about each"]],
  details: () => `Templates:\n${describeTemplates()}`,
};

const USAGE = usageOf(help);

/** Exit 0 with the listing or the design, 2 for a missing or unknown name. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { list: { type: "boolean", short: "l", default: false }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    console.error(`vpcd template: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(`${USAGE}\n\nTemplates:\n${describeTemplates()}`);
    return 0;
  }
  if (values.list) {
    console.log(describeTemplates());
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`vpcd template: name one template (got ${positionals.length}). Templates: ${names()}\n${USAGE}`);
    return 2;
  }
  const design = getTemplate(positionals[0]);
  if (!design) {
    console.error(`vpcd template: unknown template "${positionals[0]}". Templates: ${names()}`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(design, null, 2)}\n`);
  return 0;
}

function names(): string {
  return listTemplates().map((t) => t.name).join(", ");
}

function describeTemplates(): string {
  const templates = listTemplates();
  const width = Math.max(...templates.map((t) => t.name.length));
  return templates.map((t) => `${t.name.padEnd(width)}  ${t.title}: ${t.description}`).join("\n");
}
