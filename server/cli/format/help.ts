import "server-only";

/** One flag of a command: how it is written (with its value) and what it does. */
export type OptionHelp = readonly [flag: string, description: string];

/**
 * What `vpcd <command> --help` and `vpcd help <command>` print. Every command module exports
 * one (the registry's `Command` type requires it), so a new command cannot ship without help.
 */
export type CommandHelp = {
  /** One or more usage lines, each starting with `vpcd <command>`. */
  usage: readonly string[];
  /** What the command does and what its exit codes mean, in a sentence or two. */
  description: string;
  options: readonly OptionHelp[];
  /** Extra text computed when help is asked for (e.g. the template names). */
  details?: () => string;
};

const HELP_OPTION: OptionHelp = ["-h, --help", "show this help"];

/** The help text: usage, description, the options table (always ending with --help), details. */
export function formatHelp(help: CommandHelp): string {
  const options = [...help.options, HELP_OPTION];
  const width = Math.min(34, Math.max(...options.map(([flag]) => flag.length)) + 2);
  const rows = options.map(([flag, text]) => (flag.length + 2 > width ? `  ${flag}\n  ${"".padEnd(width)}${text}` : `  ${flag.padEnd(width)}${text}`));
  const usage = help.usage.map((line, i) => `${i === 0 ? "usage: " : "       "}${line}`);
  const details = help.details?.();
  return [...usage, "", help.description, "", "Options:", ...rows, ...(details ? ["", details] : [])].join("\n");
}

/** The usage lines as one string, for a bad-input message ("usage: vpcd x …"). */
export const usageOf = (help: CommandHelp) => help.usage.map((line, i) => `${i === 0 ? "usage: " : "       "}${line}`).join("\n");

/** True when the arguments ask for help: `--help` or `-h` anywhere before a `--` separator. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}
