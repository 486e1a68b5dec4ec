import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportAsOneFile, exportDesign } from "../../../lib/export";
import { seedLab, threeTierHa } from "../../../lib/templates";
import { vpcd } from "../../testing/cli-harness";

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe.concurrent("vpcd export", { timeout: 120_000 }, () => {
  it("prints each format on standard output, Terraform's files one after the other", async () => {
    for (const format of ["terraform", "cloudformation", "cli", "cli-destroy"] as const) {
      const { code, stdout } = await vpcd(["export", "-", "--format", format], JSON.stringify(seedLab()));
      expect(code).toBe(0);
      expect(stdout).toBe(exportAsOneFile(seedLab(), format));
    }
  });

  it("writes Terraform's three files into --out, and scripts as executables", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "vpcd-export-"));
    dirs.push(dir);
    const tf = await vpcd(["export", "-", "--format", "terraform", "--out", dir], JSON.stringify(threeTierHa()));
    expect(tf.code).toBe(0);
    for (const file of exportDesign(threeTierHa(), "terraform")) expect(await readFile(path.join(dir, file.path), "utf8")).toBe(file.content);
    const sh = await vpcd(["export", "-", "--format", "cli", "--out", dir], JSON.stringify(threeTierHa()));
    expect(sh.code).toBe(0);
    expect((await stat(path.join(dir, "build.sh"))).mode & 0o111).toBe(0o111);
  });

  it("refuses bad flags with exit 2 and names the flag", async () => {
    const design = JSON.stringify(seedLab());
    const unknown = await vpcd(["export", "-", "--format", "cli", "--bogus"], design);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--bogus");
    const badFormat = await vpcd(["export", "-", "--format", "pulumi"], design);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format "pulumi" is not one of terraform, cloudformation, cli, cli-destroy');
    const missing = await vpcd(["export", "-"], design);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--format is required");
  });

  it("refuses a design with errors with exit 1, naming them", async () => {
    const broken = seedLab();
    broken.instances["web-a"] = { ...broken.instances["web-a"], subnetId: "nowhere" as never };
    const { code, stdout, stderr } = await vpcd(["export", "-", "--format", "terraform"], JSON.stringify(broken));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("instances.web-a");
  });
});
