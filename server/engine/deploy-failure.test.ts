import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { openJournal } from "../journal";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag } from "../testing/engine-support";

const BIN = fileURLToPath(new URL("../cli/bin.js", import.meta.url));
const sb = sandboxPerFile({ timeScale: 0.01, faults: "fail=CreateNatGateway" });

function vpcd(args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, VPCD_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("when AWS refuses the NAT gateway for good", () => {
  it("stops with a message naming the step and AWS's code, and the journal finds everything created", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "vpcd-fail-"));
    const file = path.join(dataDir, "seed-lab.json");
    writeFileSync(file, JSON.stringify(seedLab()));
    const run = await vpcd(["deploy", file, "--endpoint", sb.endpoint], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Step create:nat-gateway:lab-nat failed");
    expect(run.stderr).toContain("NatGatewayLimitExceeded");
    expect(run.stderr).toMatch(/What to do: An account quota is reached/);
    expect(run.stderr).toMatch(/Resume with: vpcd deploy --resume dep-/);

    const journal = openJournal(dataDir);
    const id = journal.listDeployments()[0].id;
    const recorded = journal.recordedResources(id);
    journal.close();
    // Only the NAT's own step failed; everything downstream of it was skipped, not attempted.
    expect(recorded.filter((r) => !r.certain).map((r) => r.stepId)).toEqual(["create:nat-gateway:lab-nat"]);
    expect(recorded.some((r) => r.stepId === "create:route:private-rt:0.0.0.0/0")).toBe(false);
    // Every tagged resource in the account is one the journal recorded, and vice versa.
    const inAccount = await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id);
    const ownKinds = new Set(Object.keys(inAccount).map((k) => k.split(":")[0]));
    const fromJournal = Object.fromEntries(recorded.filter((r) => r.certain && ownKinds.has(r.kind) && r.stepId === `create:${r.kind}:${r.logicalId}`).map((r) => [`${r.kind}:${r.logicalId}`, 1]));
    expect(inAccount).toEqual(fromJournal);
    expect(inAccount["nat-gateway:lab-nat"]).toBeUndefined();
    expect(inAccount["vpc:lab-vpc"]).toBe(1);
  });
});
