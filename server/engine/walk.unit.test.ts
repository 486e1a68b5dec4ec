import { describe, expect, it } from "vitest";
import type { Plan, Step } from "../../lib/plan/types";
import { replay } from "../../lib/deploy/replay";
import { memoryEntryLog } from "../journal/memory-journal";
import { StepError } from "../aws/errors";
import { walk, type Execute } from "./walk";

const step = (id: string, inputs: Step["inputs"] = {}): Step => ({ id, action: "create", kind: "test", logicalId: id, inputs, description: id });

/** a → b → d, a → c → d, plus an independent e. */
function diamond(): Plan {
  const steps = [step("a"), step("b", { from: { ref: "a", attr: "Id" } }), step("c"), step("d"), step("e")];
  return { steps: Object.fromEntries(steps.map((s) => [s.id, s])), edges: [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"]] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ok: Execute = async (s) => {
  await sleep(1 + Math.random() * 3);
  return { Id: `aws-${s.id}` };
};

describe("walk", () => {
  it.each(Array.from({ length: 20 }, (_, i) => i))("starts a step only after every predecessor's end is journaled (run %i)", async () => {
    const journal = memoryEntryLog();
    const result = await walk(diamond(), { deploymentId: "d1", concurrency: 3, journal, execute: ok });
    expect(result.status).toBe("complete");
    const entries = journal.all();
    const endAt = (id: string) => entries.findIndex((e) => e.stepId === id && e.type === "end");
    const beginAt = (id: string) => entries.findIndex((e) => e.stepId === id && e.type === "begin");
    for (const [from, to] of diamond().edges) expect(endAt(from)).toBeLessThan(beginAt(to));
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
  });

  it("passes resolved outputs of earlier steps to later ones", async () => {
    const seen: unknown[] = [];
    await walk(diamond(), { deploymentId: "d1", concurrency: 2, journal: memoryEntryLog(), execute: async (s, inputs) => (s.id === "b" && seen.push(inputs.from), { Id: `aws-${s.id}` }) });
    expect(seen).toEqual(["aws-a"]);
  });

  it.each(Array.from({ length: 20 }, (_, i) => i))("never runs more steps at once than the concurrency cap (run %i)", async () => {
    const steps = Array.from({ length: 12 }, (_, i) => step(`s${i}`));
    const plan: Plan = { steps: Object.fromEntries(steps.map((s) => [s.id, s])), edges: [] };
    let running = 0;
    let peak = 0;
    const execute: Execute = async () => {
      peak = Math.max(peak, ++running);
      await sleep(2 + Math.random() * 3);
      running--;
      return {};
    };
    await walk(plan, { deploymentId: "d", concurrency: 3, journal: memoryEntryLog(), execute });
    expect(peak).toBe(3);
  });

  describe("when a step fails", () => {
    it("skips its descendants, lets independent running steps finish and reports one error", async () => {
      const journal = memoryEntryLog();
      const execute: Execute = async (s) => {
        if (s.id === "a") throw new StepError("InvalidParameterValue", "bad CIDR");
        await sleep(5);
        return {};
      };
      const result = await walk(diamond(), { deploymentId: "d", concurrency: 5, journal, execute });
      expect(result.status).toBe("failed");
      expect(result.failures).toEqual([{ stepId: "a", error: { code: "InvalidParameterValue", message: "bad CIDR", retryable: false } }]);
      expect(result.skipped).toEqual(["b", "c", "d"]);
      const state = replay(journal.all());
      expect(state.steps.e.state).toBe("ok");
      expect(state.steps.d).toMatchObject({ state: "skipped", reason: "upstream-failed" });
    });

    it("starts no new step after the failure unless continueOnError is set", async () => {
      const plan: Plan = { steps: { f: step("f"), x: step("x"), y: step("y") }, edges: [["x", "y"]] };
      const execute: Execute = async (s) => {
        if (s.id === "f") throw new StepError("Boom", "boom");
        await sleep(10);
        return {};
      };
      const stopped = await walk(plan, { deploymentId: "d", concurrency: 2, journal: memoryEntryLog(), execute });
      expect(Object.keys(stopped.outputs)).toEqual(["x"]);
      const carriedOn = await walk(plan, { deploymentId: "d", concurrency: 2, journal: memoryEntryLog(), execute, continueOnError: true });
      expect(Object.keys(carriedOn.outputs).sort()).toEqual(["x", "y"]);
    });
  });

  describe("on resume", () => {
    it("does not repeat steps that ended ok and re-runs a step that began without an end", async () => {
      const journal = memoryEntryLog();
      journal.append({ deploymentId: "d", stepId: "a", type: "begin", at: 1 });
      journal.append({ deploymentId: "d", stepId: "a", type: "end", outcome: "ok", outputs: { Id: "aws-a" }, at: 2 });
      journal.append({ deploymentId: "d", stepId: "b", type: "begin", at: 3 });
      const ran: string[] = [];
      const adopted = new Map([["b", { Id: "aws-b-from-lost-attempt" }]]);
      const result = await walk(diamond(), { deploymentId: "d", concurrency: 2, journal, execute: async (s) => (ran.push(s.id), adopted.get(s.id) ?? { Id: `aws-${s.id}` }) });
      expect(result.status).toBe("complete");
      expect(ran.sort()).toEqual(["b", "c", "d", "e"]);
      expect(result.outputs.b).toEqual({ Id: "aws-b-from-lost-attempt" });
      expect(replay(journal.all()).open).toEqual([]);
    });
  });

  it("stops starting steps when aborted and reports aborted", async () => {
    const controller = new AbortController();
    const execute: Execute = async (s) => {
      if (s.id === "a") controller.abort();
      return {};
    };
    const result = await walk(diamond(), { deploymentId: "d", concurrency: 1, journal: memoryEntryLog(), execute, signal: controller.signal });
    expect(result.status).toBe("aborted");
    expect(Object.keys(result.outputs)).toEqual(["a"]);
  });
});
