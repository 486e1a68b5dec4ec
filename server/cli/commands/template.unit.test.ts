import { describe, expect, it } from "vitest";
import { loadDesignText } from "../../../lib/design/migrate";
import { seedLab } from "../../../lib/templates";
import { vpcd } from "../../testing/cli-harness";

describe.concurrent("vpcd template", { timeout: 30_000 }, () => {
  it("lists every template by name with its title", async () => {
    const { code, stdout } = await vpcd(["template", "--list"]);
    expect(code).toBe(0);
    expect(stdout.split("\n").filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(["seed-lab", "web-server", "three-tier-ha"]);
  });

  it("prints a template as a design document that loads", async () => {
    const { code, stdout } = await vpcd(["template", "seed-lab"]);
    expect(code).toBe(0);
    const loaded = loadDesignText(stdout);
    expect(loaded).toEqual({ ok: true, design: seedLab() });
  });

  it("refuses an unknown name with exit 2 and lists the names", async () => {
    const { code, stdout, stderr } = await vpcd(["template", "seed-labb"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown template "seed-labb"');
    expect(stderr).toContain("seed-lab, web-server, three-tier-ha");
  });

  it("refuses a missing name or an unknown flag with exit 2, never a stack trace", async () => {
    for (const args of [["template"], ["template", "--bogus"]]) {
      const { code, stderr } = await vpcd(args);
      expect(code).toBe(2);
      expect(stderr).toContain("usage: vpcd template");
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
