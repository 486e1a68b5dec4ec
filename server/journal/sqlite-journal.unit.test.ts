import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import type { Plan } from "../../lib/plan/types";
import { openDatabase } from "../util/sqlite";
import { openJournal } from "./sqlite-journal";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "vpcd-journal-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const plan: Plan = {
  steps: {
    "create:vpc:v": { id: "create:vpc:v", action: "create", kind: "vpc", logicalId: "v", inputs: {}, description: "" },
    "create:subnet:s": { id: "create:subnet:s", action: "create", kind: "subnet", logicalId: "s", inputs: {}, description: "" },
  },
  edges: [["create:vpc:v", "create:subnet:s"]],
};

describe("the SQLite journal", () => {
  it("keeps deployments and entries across reopening, in append order", () => {
    const dir = tempDir();
    const first = openJournal(dir);
    first.createDeployment({ id: "dep-1", name: "lab", design: seedLab(), target: { kind: "sandbox", region: "ap-northeast-2" }, plan, createdAt: 5 });
    first.append({ deploymentId: "dep-1", stepId: "create:vpc:v", type: "begin", at: 10 });
    first.append({ deploymentId: "dep-1", stepId: "create:vpc:v", type: "end", outcome: "ok", outputs: { VpcId: "vpc-1" }, at: 11 });
    first.append({ deploymentId: "dep-1", stepId: "create:subnet:s", type: "begin", at: 12 });
    first.close();
    const again = openJournal(dir);
    expect(again.getDeployment("dep-1")?.design.name).toBe("KTB seed lab");
    expect(again.entries("dep-1").map((e) => [e.seq, e.stepId, e.type])).toEqual([[1, "create:vpc:v", "begin"], [2, "create:vpc:v", "end"], [3, "create:subnet:s", "begin"]]);
    expect(again.listDeployments().map((d) => d.id)).toEqual(["dep-1"]);
    again.close();
  });

  it("reports what was created, marking a begun-but-unfinished create as uncertain", () => {
    const journal = openJournal(tempDir());
    journal.createDeployment({ id: "d", name: "lab", design: seedLab(), target: { kind: "sandbox", region: "ap-northeast-2" }, plan, createdAt: 1 });
    journal.append({ deploymentId: "d", stepId: "create:vpc:v", type: "begin", at: 1 });
    journal.append({ deploymentId: "d", stepId: "create:vpc:v", type: "end", outcome: "ok", outputs: { VpcId: "vpc-9", CidrBlock: "10.0.0.0/16" }, at: 2 });
    journal.append({ deploymentId: "d", stepId: "create:subnet:s", type: "begin", at: 3 });
    expect(journal.recordedResources("d")).toEqual([
      { stepId: "create:vpc:v", logicalId: "v", kind: "vpc", awsId: "vpc-9", attributes: { VpcId: "vpc-9", CidrBlock: "10.0.0.0/16" }, certain: true },
      { stepId: "create:subnet:s", logicalId: "s", kind: "subnet", awsId: undefined, attributes: {}, certain: false },
    ]);
    journal.close();
  });

  it("keeps whether a deployment was adopted, and adds that column to a journal made before it existed", () => {
    const dir = tempDir();
    const old = openDatabase(dir, "journal.sqlite", { durable: true });
    old.exec("CREATE TABLE deployments (id TEXT PRIMARY KEY, name TEXT NOT NULL, design TEXT NOT NULL, target TEXT NOT NULL, plan TEXT NOT NULL, created_at INTEGER NOT NULL, runner TEXT)");
    old.prepare("INSERT INTO deployments VALUES (?, ?, ?, ?, ?, ?, NULL)").run("dep-old", "lab", JSON.stringify(seedLab()), JSON.stringify({ kind: "sandbox", region: "ap-northeast-2" }), JSON.stringify(plan), 1);
    old.close();
    const journal = openJournal(dir);
    journal.createDeployment({ id: "dep-new", name: "shop", design: seedLab(), target: { kind: "aws", region: "us-east-1" }, plan, createdAt: 2, adopted: { vpcId: "vpc-0a1b2c3d", at: 2, notes: [] } });
    journal.close();
    const again = openJournal(dir);
    expect(again.getDeployment("dep-old")?.adopted).toBeUndefined();
    expect(again.getDeployment("dep-new")?.adopted).toEqual({ vpcId: "vpc-0a1b2c3d", at: 2, notes: [] });
    again.close();
  });

  it("forgets one deployment and its entries, leaving the others", () => {
    const journal = openJournal(tempDir());
    for (const id of ["keep", "gone"]) {
      journal.createDeployment({ id, name: "lab", design: seedLab(), target: { kind: "sandbox", region: "ap-northeast-2" }, plan, createdAt: 1 });
      journal.append({ deploymentId: id, stepId: "create:vpc:v", type: "begin", at: 1 });
    }
    expect(journal.forgetDeployment("gone")).toBe(true);
    expect(journal.forgetDeployment("gone")).toBe(false);
    expect(journal.getDeployment("gone")).toBeUndefined();
    expect(journal.entries("gone")).toEqual([]);
    expect(journal.listDeployments().map((d) => d.id)).toEqual(["keep"]);
    expect(journal.entries("keep")).toHaveLength(1);
    journal.close();
  });
});
