import { describe, expect, it } from "vitest";
import { buildDestroyPlan } from "../plan/destroy-plan";
import { cleanupView, type CleanupView } from "../cleanup/view";
import { seedLabRecorded } from "../testing/recorded-fixtures";
import { liveText } from "../live/text";
import type { StatusView } from "../live/types";
import { replay } from "./replay";
import type { JournalEntry } from "./types";
import { deployEntities, deployPhase, deploymentLifecycle, mergeEntities, mergeRows, type EntityStatus } from "./entity-status";

const destroyPlan = buildDestroyPlan(seedLabRecorded());
const entry = (seq: number, stepId: string, type: "begin" | "end", extra: Partial<JournalEntry> = {}): JournalEntry => ({ seq, deploymentId: "d", stepId, type, at: seq * 1000, ...extra });
/** The cleanup after the given delete steps ended ok (and `running` began), as the journal and the run say. */
function cleanupAfter(done: string[], options: { running?: string[]; isRunning?: boolean } = {}): CleanupView {
  const entries = [...done.flatMap((id, i) => [entry(2 * i + 1, id, "begin"), entry(2 * i + 2, id, "end", { outcome: "ok" })]), ...(options.running ?? []).map((id, i) => entry(1000 + i, id, "begin"))];
  return cleanupView("d", destroyPlan, replay(entries), { isRunning: options.isRunning ?? true, blocked: {}, log: [], startedAt: 0 }, 1_000);
}
const allSteps = destroyPlan ? Object.keys(destroyPlan.steps) : [];

const live: Record<string, EntityStatus> = {
  "lab-nat": { phase: "ready", awsId: "nat-1", facts: [liveText("elasticIp", { ip: "3.3.3.3" })] },
  "public-a": { phase: "ready", awsId: "subnet-1", facts: [liveText("freeAddressesOnly", { free: 250 })] },
};
const deploy: Record<string, EntityStatus> = {
  "lab-nat": { phase: "ready", awsId: "nat-1" },
  "public-a": { phase: "ready", awsId: "subnet-1", facts: [liveText("errorCode", { code: "InvalidSubnet.Conflict" })] },
  "lab-alb": { phase: "ready", awsId: "arn:lb" },
  "app-b": { phase: "skipped" },
};
const noCleanup = cleanupAfter([], { isRunning: false });

describe("an entity's phase from its create steps", () => {
  it("is failed, ready, skipped, creating or pending", () => {
    expect(deployPhase([{ state: "ok" }, { state: "failed" }])).toBe("failed");
    expect(deployPhase([{ state: "ok" }, { state: "ok" }])).toBe("ready");
    expect(deployPhase([{ state: "skipped" }, { state: "pending" }])).toBe("skipped");
    expect(deployPhase([{ state: "ok" }, { state: "pending" }])).toBe("creating");
    expect(deployPhase([{ state: "pending" }])).toBe("pending");
  });
});

describe("the deployment's lifecycle", () => {
  it("is the deploy's status until a cleanup has done something", () => {
    expect(deploymentLifecycle("complete", noCleanup)).toBe("complete");
    expect(deploymentLifecycle("failed", noCleanup)).toBe("failed");
    expect(deploymentLifecycle("running")).toBe("running");
  });

  it("is cleaning up while the cleanup runs, stopped or failed partway, then cleaned up", () => {
    expect(deploymentLifecycle("complete", cleanupAfter(["delete:listener:lab-alb"]))).toBe("cleaning-up");
    expect(deploymentLifecycle("complete", cleanupAfter(["delete:listener:lab-alb"], { isRunning: false }))).toBe("cleanup-stopped");
    const failed = cleanupView("d", destroyPlan, replay([entry(1, "delete:vpc:lab-vpc", "begin"), entry(2, "delete:vpc:lab-vpc", "end", { outcome: "failed", error: { code: "DependencyViolation", message: "in use", retryable: true } })]), { isRunning: false, blocked: {}, log: [] }, 0);
    expect(deploymentLifecycle("complete", failed)).toBe("cleanup-failed");
    // Regression (issue 10): `vpcd deployments` and the Deploy tab said "complete" here.
    expect(deploymentLifecycle("complete", cleanupAfter(allSteps, { isRunning: false }))).toBe("cleaned-up");
    expect(deploymentLifecycle("failed", cleanupAfter(allSteps, { isRunning: false }))).toBe("cleaned-up");
  });
});

describe("one status per entity", () => {
  it("shows the deploy's own progress while it walks, then the live reading over it", () => {
    expect(mergeEntities({ deployStatus: "running", deploy, live })["public-a"].facts).toEqual(deploy["public-a"].facts);
    const after = mergeEntities({ deployStatus: "complete", deploy, live, cleanup: noCleanup });
    expect(after["public-a"]).toEqual({ phase: "ready", awsId: "subnet-1", facts: [liveText("freeAddressesOnly", { free: 250 })] });
    expect(after["app-b"].phase).toBe("skipped");
  });

  // Moved from lib/live/diagram-entities.test.ts: the cleanup's word wins, keeping the AWS id.
  it("overlays the cleanup's progress on the live reading, keeping the AWS id", () => {
    const cleanup = { ...noCleanup, isRunning: true, entities: { "public-a": { phase: "blocked" as const, facts: [liveText("blockerInstance", { name: "i-1 (web-a)", state: "shutting-down", mapped: "no", foreign: "no" })] }, "lab-nat": { phase: "deleting" as const } } };
    const entities = mergeEntities({ deployStatus: "complete", deploy: {}, live, cleanup });
    expect(entities["public-a"]).toEqual({ phase: "blocked", awsId: "subnet-1", facts: [liveText("blockerInstance", { name: "i-1 (web-a)", state: "shutting-down", mapped: "no", foreign: "no" })] });
    expect(entities["lab-nat"]).toEqual({ phase: "deleting", awsId: "nat-1", facts: [liveText("elasticIp", { ip: "3.3.3.3" })] });
  });

  it("shows the live reading alone when no cleanup has run", () => {
    expect(mergeEntities({ deployStatus: "complete", deploy: {}, live, cleanup: noCleanup })["lab-nat"].phase).toBe("ready");
  });

  // Regression (issue 10): between the load balancer's delete and the wait for its network
  // interfaces, AWS no longer has it and the live reading said "deleted outside the app".
  it("calls a resource the cleanup deletes 'deleting' between its steps, never drift", () => {
    const gone: Record<string, EntityStatus> = { ...live, "lab-alb": { phase: "drifted", awsId: "arn:lb", facts: [liveText("deletedOutside")] } };
    const cleanup = cleanupAfter(["delete:listener:lab-alb", "delete:load-balancer:lab-alb"]);
    expect(mergeEntities({ deployStatus: "complete", deploy, live: gone, cleanup })["lab-alb"]).toEqual({ phase: "deleting", awsId: "arn:lb", facts: undefined });
    const stopped = cleanupAfter(["delete:listener:lab-alb", "delete:load-balancer:lab-alb"], { isRunning: false });
    expect(mergeEntities({ deployStatus: "complete", deploy, live: gone, cleanup: stopped })["lab-alb"]).toEqual({ phase: "deleted", awsId: "arn:lb" });
  });

  it("does not repeat the live reading's drift text while the cleanup deletes the resource", () => {
    const terminated: Record<string, EntityStatus> = { "web-a": { phase: "drifted", awsId: "i-a", facts: [liveText("terminatedOutside")] } };
    const cleanup = cleanupAfter([], { running: ["delete:instance:web-a"] });
    expect(mergeEntities({ deployStatus: "complete", deploy: {}, live: terminated, cleanup })["web-a"]).toEqual({ phase: "deleting", awsId: "i-a", facts: undefined });
  });

  // Regression (issue 10): after a guided cleanup the Deploy tab painted every resource "Ready".
  it("once cleaned up, calls everything that existed deleted and drops what never did", () => {
    const entities = mergeEntities({ deployStatus: "complete", deploy, cleanup: cleanupAfter(allSteps, { isRunning: false }) });
    expect(entities["lab-alb"]).toEqual({ phase: "deleted", awsId: "arn:lb", facts: undefined });
    expect(entities["public-a"].phase).toBe("deleted");
    expect(entities["app-b"]).toBeUndefined();
    expect(Object.values(entities).every((e) => e.phase === "deleted")).toBe(true);
  });
});

describe("the status rows with the cleanup's progress", () => {
  const gone = liveText("deletedOutside");
  const added = liveText("driftRule", { direction: "inbound", change: "added", protocol: "tcp", ports: "80", peer: "0.0.0.0/0" });
  const view: StatusView = {
    deploymentId: "d",
    at: 0,
    isSettled: true,
    fingerprint: "",
    entities: { "lab-alb": { phase: "drifted", awsId: "arn:lb", facts: [gone] } },
    rows: [
      { logicalId: "lab-alb", kind: "load-balancer", awsId: "arn:lb", state: "missing", phase: "drifted", facts: [gone], fields: [], drift: [gone] },
      { logicalId: "lab-sg", kind: "security-group", awsId: "sg-1", state: "exists", phase: "drifted", facts: [added], fields: [], drift: [added] },
    ],
  };

  it("marks what the cleanup deleted deleted, without drift, and leaves real drift alone", () => {
    const merged = mergeRows(view, cleanupAfter(["delete:listener:lab-alb", "delete:load-balancer:lab-alb", "wait:load-balancer-enis:lab-alb"]));
    expect(merged.rows[0]).toMatchObject({ phase: "deleted", facts: [liveText("deletedByCleanup")], drift: [] });
    expect(merged.entities["lab-alb"].phase).toBe("deleted");
    expect(merged.rows[1]).toMatchObject({ phase: "drifted", drift: [added] });
  });

  it("marks a resource between its cleanup steps deleting, without drift", () => {
    const merged = mergeRows(view, cleanupAfter(["delete:listener:lab-alb", "delete:load-balancer:lab-alb"]));
    expect(merged.rows[0]).toMatchObject({ phase: "deleting", drift: [] });
    expect(merged.rows[0].facts).toEqual([]);
  });
});

describe("what a node shows while the deploy walks", () => {
  const steps = [
    { id: "create:vpc:lab-vpc", kind: "vpc", logicalId: "lab-vpc", state: "ok" as const },
    { id: "create:elastic-ip:nat-eip", kind: "elastic-ip", logicalId: "nat-eip", state: "ok" as const },
    { id: "create:instance:web-a", kind: "instance", logicalId: "web-a", state: "ok" as const },
  ];
  const outputs: Record<string, Record<string, string>> = {
    "create:vpc:lab-vpc": { VpcId: "vpc-1", CidrBlock: "192.168.0.0/16" },
    "create:elastic-ip:nat-eip": { AllocationId: "eipalloc-1", PublicIp: "127.255.1.2" },
    "create:instance:web-a": { InstanceId: "i-1", PrivateIpAddress: "192.168.2.4" },
  };
  const primary = { vpc: "VpcId", "elastic-ip": "AllocationId", instance: "InstanceId" };

  it("shows addresses as labelled facts, and no second CIDR on a VPC", () => {
    const entities = deployEntities(steps, (id) => outputs[id]!, primary, true);
    expect(entities["lab-vpc"]).toEqual({ phase: "ready", awsId: "vpc-1", facts: undefined });
    expect(entities["web-a"]!.facts).toEqual([liveText("privateIp", { ip: "192.168.2.4" })]);
  });

  it("labels the sandbox's loopback Elastic IP as a sandbox address, but not on AWS", () => {
    expect(deployEntities(steps, (id) => outputs[id]!, primary, true)["nat-eip"]!.facts).toEqual([liveText("sandboxIp", { ip: "127.255.1.2" })]);
    expect(deployEntities(steps, (id) => outputs[id]!, primary, false)["nat-eip"]!.facts).toEqual([liveText("elasticIp", { ip: "127.255.1.2" })]);
  });
});
