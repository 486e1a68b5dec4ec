import { describe, expect, it } from "vitest";
import { compilePlan } from "../plan/compile-plan";
import type { Plan } from "../plan/types";
import { seedLab } from "../templates/seed-lab";
import type { JournalEntry } from "./types";
import { deploymentView } from "./view";

const compiled = compilePlan(seedLab());
if (!compiled.ok) throw new Error(compiled.error.message);
const plan: Plan = compiled.plan;

let seq = 0;
const entry = (stepId: string, type: "begin" | "end", extra: Partial<JournalEntry> = {}): JournalEntry => ({ seq: ++seq, deploymentId: "dep-1-a", stepId, type, at: 1000 + seq * 100, ...extra });
const view = (entries: JournalEntry[], running: boolean) => deploymentView({ id: "dep-1-a", name: "lab", target: { kind: "sandbox", region: "ap-northeast-2" }, createdAt: 1000, plan, entries }, running, 99_000);

describe("the deployment view", () => {
  const started = [
    entry("create:vpc:lab-vpc", "begin"),
    entry("create:vpc:lab-vpc", "end", { outcome: "ok", outputs: { VpcId: "vpc-1", CidrBlock: "192.168.0.0/16" } }),
    entry("create:subnet:public-a", "begin"),
  ];

  it("is running while a process walks it, with progress and per-entity phases for the canvas", () => {
    const v = view(started, true);
    expect(v.status).toBe("running");
    expect(v.progress).toEqual({ done: 1, total: 31, fraction: 1 / 31 });
    expect(v.entities["public-a"].phase).toBe("creating");
    expect(v.entities["web-a"].phase).toBe("pending");
    expect(v.entities["lab-vpc"]).toMatchObject({ phase: "creating", awsId: "vpc-1" });
  });

  it("is interrupted when nobody runs it and a step began without an end", () => {
    expect(view(started, false).status).toBe("interrupted");
  });

  it("names the failed step with AWS's code and advice, and marks skipped dependents", () => {
    const failed = [
      ...started,
      entry("create:subnet:public-a", "end", { outcome: "failed", error: { code: "InvalidSubnet.Conflict", message: "overlaps", retryable: false } }),
      entry("create:instance:web-a", "end", { outcome: "skipped", reason: "upstream-failed" }),
    ];
    const v = view(failed, false);
    expect(v.status).toBe("failed");
    expect(v.failure).toMatchObject({ stepId: "create:subnet:public-a", code: "InvalidSubnet.Conflict" });
    expect(v.failure?.explanation).toMatch(/AWS refused a setting/);
    expect(v.entities["public-a"]).toMatchObject({ phase: "failed", facts: [{ key: "errorCode", params: { code: "InvalidSubnet.Conflict" } }] });
    expect(v.entities["web-a"].phase).toBe("skipped");
  });

  it("lists created resources with their AWS ids", () => {
    expect(view(started, true).resources).toEqual([{ logicalId: "lab-vpc", kind: "vpc", awsId: "vpc-1" }]);
  });
});
