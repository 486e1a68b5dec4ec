/**
 * `vpcd validate <file|-> [--json] [--lang en|ko]`: loads a design through migrate() and runs
 * every rule. Exit 0 without errors, 1 with errors, 2 when the input is unreadable or not a
 * design (each problem names its field).
 */
import "server-only";
import { open } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeLoadIssues, loadDesignText, MAX_DESIGN_BYTES } from "../../../lib/design/migrate";
import { formatFinding, validateDesign, type Finding, type Locale, type Severity } from "../../../lib/rules";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd validate <file|-> [--json] [--lang en|ko]"],
  description: "Loads a design (a file, or - for standard input) and prints every finding of the rules, grouped by severity. Exit 0 with no errors, 1 with errors, 2 when the input is unreadable or not a design.",
  options: [["--json", "print {findings:[{ruleId, severity, entityIds, path, message}]}"], ["--lang en|ko", "the language of the messages (default en)"]],
};

const USAGE = usageOf(help);
/** Load problems printed before "… and N more"; the first ones are what a person fixes first. */
const MAX_LOAD_ISSUES = 20;

/** Reads, loads and validates one design; prints findings as text or `{"findings":[…]}`. */
export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === "number") return options;
  const text = await readInput(options.source);
  if (!text.ok) {
    console.error(`vpcd validate: ${text.message}`);
    return 2;
  }
  const loaded = loadDesignText(text.value);
  if (!loaded.ok) {
    const shown = loaded.issues.slice(0, MAX_LOAD_ISSUES);
    const more = loaded.issues.length - shown.length;
    console.error(`vpcd validate: ${options.label} is not a valid design:\n${indent(describeLoadIssues(shown))}${more > 0 ? `\n  … and ${more} more` : ""}`);
    return 2;
  }
  const findings = validateDesign(loaded.design);
  if (options.json) process.stdout.write(`${JSON.stringify(toJson(findings))}\n`);
  else process.stdout.write(renderText(options.label, loaded.design.name, findings, options.lang));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

type Options = { source: string; label: string; json: boolean; lang: Locale };

function parseOptions(args: string[]): Options | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, lang: { type: "string", default: "en" }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (error) {
    console.error(`vpcd validate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(`${USAGE}\nExit code: 0 no errors, 1 errors found, 2 unreadable input or not a design.`);
    return 0;
  }
  if (values.lang !== "en" && values.lang !== "ko") {
    console.error(`vpcd validate: --lang must be en or ko (got "${values.lang}")`);
    return 2;
  }
  if (positionals.length !== 1) {
    console.error(`vpcd validate: give one design file, or - for standard input\n${USAGE}`);
    return 2;
  }
  const source = positionals[0];
  return { source, label: source === "-" ? "standard input" : source, json: values.json, lang: values.lang };
}

type ReadResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * Reads at most one byte past the size limit, so a huge file or an endless pipe is refused
 * without being held in memory; loadDesignText then reports the size with the limit.
 */
async function readInput(source: string): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const handle = source === "-" ? null : await open(source, "r");
    const stream = handle ? handle.createReadStream() : process.stdin;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total > MAX_DESIGN_BYTES) break;
    }
    await handle?.close();
  } catch (error) {
    return { ok: false, message: describeReadError(source, error as NodeJS.ErrnoException) };
  }
  const bytes = Buffer.concat(chunks);
  if (total > MAX_DESIGN_BYTES) {
    return { ok: false, message: `${source === "-" ? "standard input" : source} is larger than ${MAX_DESIGN_BYTES / 1024 / 1024} MB; a design is at most ${MAX_DESIGN_BYTES / 1024 / 1024} MB` };
  }
  try {
    // Strict decoding: a binary file is named as such instead of being measured as text; a BOM is dropped.
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${source === "-" ? "standard input" : source} is not UTF-8 text; a design is a JSON file` };
  }
}

function describeReadError(source: string, error: NodeJS.ErrnoException): string {
  if (error.code === "ENOENT") return `cannot read ${source}: no such file`;
  if (error.code === "EISDIR") return `cannot read ${source}: it is a directory`;
  if (error.code === "EACCES") return `cannot read ${source}: permission denied`;
  return `cannot read ${source}: ${error.message}`;
}

/** Exactly the documented machine shape: params stay out so the output is stable. */
function toJson(findings: readonly Finding[]) {
  return { findings: findings.map(({ ruleId, severity, entityIds, path, message }) => ({ ruleId, severity, entityIds, path, message })) };
}

const HEADINGS: Record<Locale, Record<Severity, string>> = {
  en: { error: "Errors", warning: "Warnings", info: "Info" },
  ko: { error: "오류", warning: "경고", info: "정보" },
};
const MARKS: Record<Severity, string> = { error: "✗", warning: "!", info: "i" };

function renderText(label: string, name: string, findings: readonly Finding[], lang: Locale): string {
  const lines = [`${label}: ${name}`];
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${HEADINGS[lang][severity]} (${group.length})`);
    for (const f of group) {
      const where = [f.path, f.entityIds.length ? `[${f.entityIds.join(", ")}]` : ""].filter(Boolean).join(" ");
      lines.push(`  ${MARKS[severity]} ${f.ruleId}  ${where}`, `      ${formatFinding(f, lang)}`);
    }
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const summary = lang === "ko" ? `오류 ${count("error")}개, 경고 ${count("warning")}개, 정보 ${count("info")}개` : `${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info`;
  lines.push("", findings.length === 0 ? (lang === "ko" ? "문제가 없습니다." : "No problems found.") : summary);
  return `${lines.join("\n")}\n`;
}

function indent(text: string): string {
  return text.split("\n").map((line) => `  ${line}`).join("\n");
}
