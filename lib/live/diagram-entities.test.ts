import { describe, expect, it } from "vitest";
import type { StatusDashboard } from "./dashboard";
import { diagramEntities } from "./diagram-entities";

const dashboard = (cleanup: StatusDashboard["cleanup"]["entities"]): StatusDashboard => ({
  deploymentId: "dep-1",
  name: "lab",
  target: { kind: "sandbox", region: "ap-northeast-2" },
  deployStatus: "complete",
  reading: {
    view: { deploymentId: "dep-1", at: 0, rows: [], isSettled: true, fingerprint: "", entities: { "lab-nat": { phase: "ready", awsId: "nat-1", detail: "EIP 3.3.3.3" }, "public-a": { phase: "ready", awsId: "subnet-1", detail: "250 free" } } },
    nextPollMs: 2_000,
    calls: 10,
    cost: { usd: 0, usdPerHour: 0, since: 0 },
  },
  cleanup: { deploymentId: "dep-1", isRunning: true, elapsedMs: 0, steps: [], progress: { done: 0, total: 0 }, runnable: [], log: [], entities: cleanup },
});

describe("what the diagram shows", () => {
  it("overlays the cleanup's progress on the live reading, keeping the AWS id", () => {
    const entities = diagramEntities(dashboard({ "public-a": { phase: "blocked", detail: "instance i-1 (web-a) is shutting-down" }, "lab-nat": { phase: "deleting" } }));
    expect(entities["public-a"]).toEqual({ phase: "blocked", awsId: "subnet-1", detail: "instance i-1 (web-a) is shutting-down" });
    expect(entities["lab-nat"]).toEqual({ phase: "deleting", awsId: "nat-1", detail: "EIP 3.3.3.3" });
  });

  it("shows the live reading alone when no cleanup has run", () => {
    expect(diagramEntities(dashboard({}))["lab-nat"].phase).toBe("ready");
  });
});
