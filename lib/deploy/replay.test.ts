import { describe, expect, it } from "vitest";
import { completedOutputs, replay } from "./replay";
import type { JournalEntry } from "./types";

let seq = 0;
const entry = (stepId: string, type: "begin" | "end", extra: Partial<JournalEntry> = {}): JournalEntry => ({ seq: ++seq, deploymentId: "d", stepId, type, at: seq * 10, ...extra });

describe("replay", () => {
  it("marks a begin without an end as running (unknown outcome) and lists it as open", () => {
    const state = replay([entry("a", "begin"), entry("a", "end", { outcome: "ok", outputs: { VpcId: "vpc-1" } }), entry("b", "begin")]);
    expect(state.steps.a).toMatchObject({ state: "ok", outputs: { VpcId: "vpc-1" }, attempts: 1 });
    expect(state.steps.b.state).toBe("running");
    expect(state.open).toEqual(["b"]);
  });

  it("lets a later attempt win after a failure and counts attempts", () => {
    const state = replay([
      entry("a", "begin"),
      entry("a", "end", { outcome: "failed", error: { code: "RequestLimitExceeded", message: "slow down", retryable: true } }),
      entry("a", "begin"),
      entry("a", "end", { outcome: "ok", outputs: { Id: "x" } }),
    ]);
    expect(state.steps.a).toMatchObject({ state: "ok", attempts: 2 });
    expect(state.steps.a.error).toBeUndefined();
  });

  it("orders by seq, not by array position", () => {
    const begin = entry("a", "begin");
    const end = entry("a", "end", { outcome: "ok" });
    expect(replay([end, begin]).steps.a.state).toBe("ok");
  });

  it("gives resume the outputs of ok steps only", () => {
    const state = replay([entry("a", "begin"), entry("a", "end", { outcome: "ok", outputs: { Id: "1" } }), entry("b", "end", { outcome: "skipped", reason: "upstream-failed" })]);
    expect(completedOutputs(state)).toEqual({ a: { Id: "1" } });
  });
});
