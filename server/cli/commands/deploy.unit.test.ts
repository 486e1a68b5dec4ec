import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedLab } from "../../../lib/templates/seed-lab";
import { vpcd } from "../../testing/cli-harness";

let file: string;
beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), "vpcd-cli-"));
  process.env.VPCD_DATA_DIR = dir;
  file = path.join(dir, "lab.json");
  writeFileSync(file, JSON.stringify(seedLab()));
});

describe("vpcd plan", () => {
  it("prints the steps in order and the cost with its price date", async () => {
    const { code, stdout } = await vpcd(["plan", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("31 steps");
    expect(stdout).toContain("create:nat-gateway:lab-nat  <- create:elastic-ip:nat-eip");
    expect(stdout).toMatch(/\$0\.1565\/h \(\$114\.24\/month\), ap-northeast-2 prices of 2026/);
  });

  it("prints machine-readable steps, edges and cost with --json", async () => {
    const { code, stdout } = await vpcd(["plan", file, "--json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.steps).toHaveLength(31);
    expect(plan.cost.priceDate).toBe("2026");
    expect(plan.errors).toEqual([]);
  });

  it("names a missing file in one line and exits 2", async () => {
    const { code, stderr } = await vpcd(["plan", "/nonexistent/lab.json"]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("vpcd plan: cannot read /nonexistent/lab.json: no such file");
  });
});

describe("vpcd deploy input errors", () => {
  it.each([
    [["deploy", "x.json", "--target", "gcp"], "--target must be sandbox or aws"],
    [["deploy", "x.json", "--concurrency", "0"], "--concurrency must be a whole number from 1 to 64"],
    [["deploy", "x.json", "--endpoint", "not a url"], "--endpoint must be a URL"],
    [["deploy"], "give one design file (or --resume <id>)"],
    [["deploy", "--resume", "dep-nope-0"], 'no deployment "dep-nope-0"'],
  ])("%j exits 2 naming the flag", async (args, message) => {
    const { code, stderr } = await vpcd(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a --region that differs from the design's", async () => {
    const { code, stderr } = await vpcd(["deploy", file, "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9"]);
    expect(code).toBe(2);
    expect(stderr).toContain("differs from the design's region ap-northeast-2");
  });
});

describe("vpcd deployments", () => {
  it("says there are none yet, or lists them as JSON", async () => {
    expect((await vpcd(["deployments"])).stdout).toContain("No deployments yet");
    expect(JSON.parse((await vpcd(["deployments", "--json"])).stdout)).toEqual({ deployments: [] });
  });
});
