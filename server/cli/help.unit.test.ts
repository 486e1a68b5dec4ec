import { describe, expect, it } from "vitest";
import { vpcd } from "../testing/cli-harness";
import { COMMANDS, SUMMARIES } from "./commands/registry";

const NAMES = Object.keys(COMMANDS);

describe.concurrent("help for every command in the registry", { timeout: 180_000 }, () => {
  it("lists every command with a summary", () => {
    expect(Object.keys(SUMMARIES).sort()).toEqual([...NAMES].sort());
  });

  // Regression (issue 14): `vpcd deploy --help` failed with Node's "Unknown option '--help'".
  it.each(NAMES)("vpcd %s --help prints its usage and explains every option", async (name) => {
    const flag = await vpcd([name, "--help"]);
    expect(flag.stderr).toBe("");
    expect(flag.code).toBe(0);
    const text = flag.stdout;
    expect(text.startsWith(`usage: vpcd ${name}`)).toBe(true);
    expect(text).toContain("Options:");
    expect(text).toContain("-h, --help");
    // Every flag the usage line mentions is explained in the options table.
    const [usage, options] = [text.slice(0, text.indexOf("\nOptions:")), text.slice(text.indexOf("\nOptions:"))];
    const table = options.split("\n").map((line) => line.trim().split(/\s{2,}/)[0]).join(" ");
    for (const used of new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])) expect(table, `${name}: ${used} is not explained`).toContain(used);
  });

  it.each(["deploy", "forget", "template"])("vpcd help %s prints the same text as --help", async (name) => {
    const [flag, word] = await Promise.all([vpcd([name, "--help"]), vpcd(["help", name])]);
    expect(word.code).toBe(0);
    expect(word.stdout).toBe(flag.stdout);
  });

  it("answers -h after positional arguments too, and an unknown command with exit 2", async () => {
    const [short, unknown] = await Promise.all([vpcd(["validate", "design.json", "-h"]), vpcd(["help", "no-such-command"])]);
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^usage: vpcd validate/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "no-such-command"');
  });
});
