import { describe, expect, it } from "vitest";
import { liveText } from "../live/text";
import { replay } from "../deploy/replay";
import type { JournalEntry } from "../deploy/types";
import { buildDestroyPlan } from "../plan/destroy-plan";
import { seedLabRecorded } from "../testing/recorded-fixtures";
import { groupByDeployment } from "./sweep-groups";
import { cleanupView } from "./view";

const entry = (seq: number, stepId: string, type: "begin" | "end", extra: Partial<JournalEntry> = {}): JournalEntry => ({ seq, deploymentId: "d", stepId, type, at: seq * 1000, ...extra });

describe("the cleanup checklist", () => {
  const plan = buildDestroyPlan(seedLabRecorded());

  it("shows done, running and blocked steps from the journal and the live run", () => {
    const journal = replay([
      entry(1, "delete:nat-gateway:lab-nat", "begin"),
      entry(2, "delete:instance:web-a", "begin"),
      entry(3, "delete:instance:web-a", "end", { outcome: "ok", outputs: { result: "already-gone" } }),
      entry(4, "delete:subnet:public-a", "begin"),
    ]);
    const blocker = liveText("blockerInstance", { name: "i-1 (web-c)", state: "shutting-down", mapped: "no", foreign: "no" });
    const view = cleanupView("d", plan, journal, { isRunning: true, blocked: { "delete:subnet:public-a": [blocker] }, log: [], startedAt: 0 }, 5_000);
    const state = (id: string) => view.steps.find((s) => s.id === id);
    expect(state("delete:instance:web-a")).toMatchObject({ state: "done", facts: [{ key: "alreadyGone" }] });
    expect(state("delete:nat-gateway:lab-nat")?.state).toBe("running");
    // Who blocks the subnet is a message key with values, for the checklist and the diagram alike.
    expect(state("delete:subnet:public-a")).toMatchObject({ state: "blocked", facts: [blocker] });
    expect(view.entities["public-a"]).toEqual({ phase: "blocked", facts: [blocker] });
    expect(view.entities["web-a"].phase).toBe("deleted");
    expect(view.progress).toEqual({ done: 1, total: 20 });
    expect(view.elapsedMs).toBe(5_000);
    expect(view.runnable).toEqual([]);
  });

  it("after a crash, shows a begun step as pending again and offers the next runnable steps", () => {
    const journal = replay([entry(1, "delete:listener:lab-alb", "begin")]);
    const view = cleanupView("d", plan, journal, { isRunning: false, blocked: {}, log: [] }, 0);
    expect(view.steps.find((s) => s.id === "delete:listener:lab-alb")?.state).toBe("pending");
    expect(view.runnable[0]).toBe("delete:listener:lab-alb");
  });

  it("says why a step failed or was skipped as message keys, keeping AWS's own words for a tooltip", () => {
    const journal = replay([
      entry(1, "delete:listener:lab-alb", "begin"),
      entry(2, "delete:listener:lab-alb", "end", { outcome: "failed", error: { code: "DependencyViolation", message: "resource has a dependent object", retryable: true } }),
      entry(3, "delete:load-balancer:lab-alb", "end", { outcome: "skipped", reason: "upstream-failed" }),
    ]);
    const view = cleanupView("d", plan, journal, { isRunning: false, blocked: {}, log: [] }, 0);
    const state = (id: string) => view.steps.find((s) => s.id === id);
    expect(state("delete:listener:lab-alb")).toMatchObject({ state: "failed", facts: [{ key: "stepFailed", params: { code: "DependencyViolation" } }], detail: "resource has a dependent object" });
    expect(state("delete:load-balancer:lab-alb")).toMatchObject({ state: "skipped", facts: [{ key: "skippedUpstream" }] });
    expect(view.entities["lab-alb"]).toEqual({ phase: "failed", facts: [{ key: "stepFailed", params: { code: "DependencyViolation" } }] });
  });

  it("marks a resource deleted only when all of its steps are done", () => {
    const journal = replay([entry(1, "delete:load-balancer:lab-alb", "begin"), entry(2, "delete:load-balancer:lab-alb", "end", { outcome: "ok" })]);
    const view = cleanupView("d", plan, journal, { isRunning: false, blocked: {}, log: [] }, 0);
    expect(view.entities["lab-alb"]).toBeUndefined();
  });
});

describe("sweep groups", () => {
  it("groups by deployment with age and hourly cost, oldest first", () => {
    const groups = groupByDeployment(
      [
        { deploymentId: "a", logicalId: "n", kind: "nat-gateway", awsId: "nat-1", createdAt: 1_000, attributes: {} },
        { deploymentId: "b", logicalId: "i", kind: "instance", awsId: "i-1", createdAt: 0, attributes: { instanceType: "t3.micro" } },
        { deploymentId: "a", logicalId: "v", kind: "vpc", awsId: "vpc-1", attributes: {} },
      ],
      3_601_000,
      new Set(["a"]),
    );
    expect(groups.map((g) => [g.deploymentId, g.ageMs, g.usdPerHour, g.hasJournal, g.resources.length])).toEqual([
      ["b", 3_601_000, 0.013, false, 1],
      ["a", 3_600_000, 0.059, true, 2],
    ]);
  });

  it("says which deployments another installation made and which this one is busy with", () => {
    const found = [
      { deploymentId: "mine", logicalId: "v", kind: "vpc", awsId: "vpc-1", attributes: {}, installationId: "aaaaaaaaaaaaaaaa" },
      { deploymentId: "theirs", logicalId: "v", kind: "vpc", awsId: "vpc-2", attributes: {}, installationId: "bbbbbbbbbbbbbbbb" },
      { deploymentId: "old", logicalId: "v", kind: "vpc", awsId: "vpc-3", attributes: {} },
    ];
    const groups = groupByDeployment(found, 0, new Set(), { installationId: "aaaaaaaaaaaaaaaa", busy: new Set(["mine"]) });
    const flags = Object.fromEntries(groups.map((g) => [g.deploymentId, [g.isOtherInstallation, g.isBusy]]));
    expect(flags).toEqual({ mine: [false, true], theirs: [true, false], old: [false, false] });
  });
});
