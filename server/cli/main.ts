/**
 * Dispatches `vpcd <command>` to server/cli/commands/<command>.ts. Each command module exports
 * `run(args: string[]): Promise<number>` (the exit code) and a one-line `summary`.
 * Exit codes across the CLI: 0 success, 1 the work found errors or did not complete, 2 bad input.
 */
import { COMMANDS, SUMMARIES } from "./commands/registry";
import { asksForHelp, formatHelp } from "./format/help";

// `vpcd plan x | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "help" && args.length > 0) return printCommandHelp(args[0]);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printHelp();
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) return unknownCommand(name);
  const command = await load();
  // Help is answered here for every command, so no command's flag parser can refuse `--help`.
  if (asksForHelp(args)) return (console.log(formatHelp(command.help)), 0);
  return command.run(args);
}

/** `vpcd help <command>`: the same text as `vpcd <command> --help`. */
async function printCommandHelp(name: string): Promise<number> {
  const load = COMMANDS[name];
  if (!load) return unknownCommand(name);
  console.log(formatHelp((await load()).help));
  return 0;
}

function unknownCommand(name: string): number {
  console.error(`vpcd: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")} (vpcd help <command> explains one)`);
  return 2;
}

function printHelp(): void {
  console.log("vpcd — design, validate, deploy and clean up AWS VPCs\n\nCommands:");
  for (const [name, summary] of Object.entries(SUMMARIES)) console.log(`  ${name.padEnd(12)} ${summary}`);
  console.log("\nRun `vpcd <command> --help` or `vpcd help <command>` for a command's options.");
}


main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure still gets one readable line, not a stack trace.
    console.error(`vpcd: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.VPCD_DEBUG) console.error(error);
    process.exitCode = 1;
  },
);
