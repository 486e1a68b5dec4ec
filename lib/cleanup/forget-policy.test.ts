import { describe, expect, it } from "vitest";
import { decideForget, type ForgetFacts } from "./forget-policy";
import type { CleanupReport } from "./report";

const report = (billable: boolean): CleanupReport => ({ isNothingBillableLeft: !billable, isNothingLeft: !billable, remaining: [], allowed: [], foreign: [] });
const base: ForgetFacts = { targetKind: "sandbox", lifecycle: "complete", hasTouchedAws: true, sandbox: "running", force: false };

describe("forgetting a deployment", () => {
  it.each<[string, Partial<ForgetFacts>, ReturnType<typeof decideForget>]>([
    ["a sandbox deployment whose sandbox stopped", { sandbox: "gone" }, { ok: true, reason: "sandbox-gone" }],
    ["a cleaned-up sandbox deployment", { lifecycle: "cleaned-up" }, { ok: true, reason: "cleaned-up" }],
    ["a live sandbox deployment", {}, { ok: false, reason: "sandbox-running" }],
    ["a live sandbox deployment, forced", { force: true }, { ok: true, reason: "forced" }],
    ["a sandbox we cannot reach for sure", { sandbox: "unknown" }, { ok: false, reason: "sandbox-running" }],
    ["a deployment that runs now, even forced", { lifecycle: "running", sandbox: "gone", force: true }, { ok: false, reason: "busy" }],
    ["a deployment that never started a step", { targetKind: "aws", hasTouchedAws: false }, { ok: true, reason: "never-started" }],
    ["a real-account deployment not cleaned up, even forced", { targetKind: "aws", sandbox: undefined, force: true }, { ok: false, reason: "not-cleaned-up" }],
    ["a real-account cleanup that left billable resources", { targetKind: "aws", lifecycle: "cleaned-up", report: report(true), force: true }, { ok: false, reason: "billable-left" }],
    ["a real-account cleanup with no verified report", { targetKind: "aws", lifecycle: "cleaned-up" }, { ok: false, reason: "billable-left" }],
    ["an adopted VPC, which the app never created", { targetKind: "aws", isAdopted: true }, { ok: true, reason: "adopted" }],
    ["a real-account cleanup verified clean", { targetKind: "aws", lifecycle: "cleaned-up", report: report(false) }, { ok: true, reason: "cleaned-up" }],
  ])("%s", (_name, facts, expected) => {
    expect(decideForget({ ...base, ...facts })).toEqual(expected);
  });
});
