/**
 * `vpcd export <file|-> --format terraform|cloudformation|cli|cli-destroy [--out DIR]`: prints
 * the design as code on standard output (Terraform's three files one after the other), or
 * writes the files into DIR (scripts executable). Exit 0 when written, 1 when the design has
 * errors (exported code would fail), 2 for bad flags or unreadable input.
 */
import "server-only";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, exportAsOneFile, exportDesign, type ExportFormat } from "../../../lib/export";
import { designErrors } from "../../engine/validate";
import { loadDesignFile } from "./plan";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: [`vpcd export <file|-> --format ${EXPORT_FORMATS.join("|")} [--out DIR]`],
  description: "Prints a design as Terraform, CloudFormation or an AWS CLI script (create or destroy). Exit 0 when written, 1 when the design has errors (the code would fail), 2 for bad flags or unreadable input.",
  options: [[`--format ${EXPORT_FORMATS.join("|")}`, "what to write (required)"], ["--out DIR", "write the files into DIR instead of standard output"]],
};

const USAGE = usageOf(help);

function parse(args: string[]): { source: string; format: ExportFormat; out?: string } | { exit: number } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    return (console.error(`vpcd export: ${(error as Error).message}\n${USAGE}`), { exit: 2 });
  }
  const { format, out, help } = parsed.values;
  if (help) return (console.log(USAGE), { exit: 0 });
  if (parsed.positionals.length !== 1) return (console.error(`vpcd export: give one design file\n${USAGE}`), { exit: 2 });
  if (!format) return (console.error(`vpcd export: --format is required (one of ${EXPORT_FORMATS.join(", ")})\n${USAGE}`), { exit: 2 });
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return (console.error(`vpcd export: --format "${format}" is not one of ${EXPORT_FORMATS.join(", ")}`), { exit: 2 });
  if (out === "") return (console.error("vpcd export: --out needs a folder"), { exit: 2 });
  return { source: parsed.positionals[0], format: format as ExportFormat, out };
}

export async function run(args: string[]): Promise<number> {
  const options = parse(args);
  if ("exit" in options) return options.exit;
  const loaded = await loadDesignFile(options.source);
  if (!loaded.ok) return (console.error(`vpcd export: ${loaded.message}`), 2);
  const errors = designErrors(loaded.design);
  if (errors.length) return (console.error(`vpcd export: the design has errors; exported code would fail:\n  ${errors.join("\n  ")}`), 1);
  if (!options.out) {
    process.stdout.write(exportAsOneFile(loaded.design, options.format));
    return 0;
  }
  await mkdir(options.out, { recursive: true });
  for (const file of exportDesign(loaded.design, options.format)) {
    const target = path.join(options.out, file.path);
    await writeFile(target, file.content);
    if (file.path.endsWith(".sh")) await chmod(target, 0o755);
    console.error(`wrote ${target}`);
  }
  return 0;
}
