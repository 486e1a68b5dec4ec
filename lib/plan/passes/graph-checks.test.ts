import { describe, expect, it } from "vitest";
import { seedLab } from "../../templates/seed-lab";
import { buildGraph, findCycle } from "../graph";
import type { CreateDraft } from "../plan-draft";
import type { Step } from "../types";
import { assertSound, transitiveReduce } from "./graph-checks";

const step = (id: string): Step => ({ id, action: "create", kind: "test", logicalId: id, inputs: {}, description: id });
const graph = (ids: string[], edges: Array<[string, string]>): CreateDraft => ({ design: seedLab(), steps: new Map(ids.map((id) => [id, step(id)])), edges, needs: [], missing: [] });

describe("assertSound", () => {
  it("reports a cycle as a PlanError naming its steps in order", () => {
    const result = assertSound(graph(["a", "b", "c", "d"], [["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("cycle");
      expect(result.error.stepIds).toEqual(["a", "b", "c"]);
      expect(result.error.message).toBe("these steps wait for each other: a → b → c → a");
    }
  });

  it("accepts a DAG", () => {
    expect(findCycle(buildGraph(graph(["a", "b", "c"], [["a", "b"], ["a", "c"], ["b", "c"]])))).toBeUndefined();
  });
});

describe("transitiveReduce", () => {
  it("drops edges implied by a longer path and duplicates, keeping the order", () => {
    const reduced = transitiveReduce(graph(["a", "b", "c"], [["a", "b"], ["b", "c"], ["a", "c"], ["a", "b"]]));
    expect(reduced.edges).toEqual([["a", "b"], ["b", "c"]]);
  });
});
