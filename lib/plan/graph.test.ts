import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, criticalPath, descendants, findCycle, orderSteps, predecessors, readySteps, tailLengths, topologicalOrder, transitiveReduction } from "./graph";
import type { Plan, Step } from "./types";

const step = (id: string): Step => ({ id, action: "create", kind: "test", logicalId: id, inputs: {}, description: id });
const plan = (ids: string[], edges: Array<[string, string]>): Plan => ({ steps: Object.fromEntries(ids.map((id) => [id, step(id)])), edges });

/** Reachability by brute force, to hold the fast algorithms against. */
function reachable(p: Plan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const id of Object.keys(p.steps)) {
    const seen = new Set<string>();
    const stack = p.edges.filter(([a]) => a === id).map(([, b]) => b);
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...p.edges.filter(([a]) => a === x).map(([, b]) => b));
    }
    out.set(id, seen);
  }
  return out;
}

/** Random DAGs: edges only from a lower to a higher number, ids shuffled by their names. */
const dag = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 })))
  .map(([n, pairs]) => {
    const ids = Array.from({ length: n }, (_, i) => `s${(i * 7) % n}-${i}`);
    const edges = pairs.filter(([a, b]) => a !== b).map(([a, b]): [string, string] => (a < b ? [ids[a], ids[b]] : [ids[b], ids[a]]));
    return plan(ids, edges);
  });

describe("topologicalOrder", () => {
  it("puts every step after its predecessors, the smallest id first among the free ones", () => {
    const p = plan(["c", "b", "a", "d"], [["c", "d"], ["b", "d"]]);
    expect(orderSteps(p)).toEqual(["a", "b", "c", "d"]);
  });

  it("breaks ties with the given order instead", () => {
    const p = plan(["a", "b", "c"], [["a", "c"]]);
    expect(topologicalOrder(buildGraph(p), (x, y) => y.localeCompare(x))).toEqual(["b", "a", "c"]);
  });

  it("leaves out steps on a cycle", () => {
    expect(orderSteps(plan(["a", "b", "c"], [["a", "b"], ["b", "a"]]))).toEqual(["c"]);
  });

  it("is a valid order of every random DAG, whatever the edge order", () => {
    fc.assert(
      fc.property(dag, (p) => {
        const order = orderSteps(p);
        const at = new Map(order.map((id, i) => [id, i]));
        expect(order).toHaveLength(Object.keys(p.steps).length);
        for (const [a, b] of p.edges) expect(at.get(a)!).toBeLessThan(at.get(b)!);
        expect(orderSteps({ ...p, edges: [...p.edges].reverse() })).toEqual(order);
      }),
    );
  });
});

describe("transitiveReduction", () => {
  it("drops duplicates and edges implied by a longer path, keeping the first order", () => {
    const p = plan(["a", "b", "c", "d"], [["a", "d"], ["a", "b"], ["b", "c"], ["a", "c"], ["c", "d"], ["a", "b"]]);
    expect(transitiveReduction(buildGraph(p))).toEqual([["a", "b"], ["b", "c"], ["c", "d"]]);
  });

  it("keeps reachability and leaves no edge that a longer path implies, on random DAGs", () => {
    fc.assert(
      fc.property(dag, (p) => {
        const reduced = { ...p, edges: transitiveReduction(buildGraph(p)) };
        expect(reachable(reduced)).toEqual(reachable(p));
        for (const edge of reduced.edges) {
          const without = { ...p, edges: reduced.edges.filter((e) => e !== edge) };
          expect(reachable(without).get(edge[0])!.has(edge[1])).toBe(false);
        }
      }),
    );
  });
});

describe("descendants, tails and the critical path", () => {
  const p = plan(["eip", "nat", "route", "vpc", "subnet"], [["eip", "nat"], ["nat", "route"], ["vpc", "subnet"], ["subnet", "nat"]]);
  const graph = buildGraph(p);
  const weight = (id: string) => ({ eip: 1, nat: 60, route: 1, vpc: 2, subnet: 1 })[id] ?? 0;

  it("lists every step reachable from one, sorted", () => {
    expect(descendants(graph, "vpc")).toEqual(["nat", "route", "subnet"]);
    expect(descendants(graph, "route")).toEqual([]);
    expect(descendants(graph, "unknown")).toEqual([]);
  });

  it("gives each step the longest weighted chain from it to the end", () => {
    expect(Object.fromEntries(tailLengths(graph, weight))).toEqual({ eip: 62, nat: 61, route: 1, vpc: 64, subnet: 62 });
    expect(criticalPath(graph, weight)).toBe(64);
  });

  it("offers the steps whose predecessors are all done", () => {
    expect(readySteps(graph, new Set(["vpc"]), orderSteps(p))).toEqual(["eip", "subnet"]);
    expect(readySteps(graph, new Set(["vpc", "subnet", "eip"]))).toEqual(["nat"]);
  });

  it("lists each step's predecessors sorted", () => {
    expect(predecessors(p).get("nat")).toEqual(["eip", "subnet"]);
  });
});

describe("findCycle", () => {
  it("names a cycle in order, found from the smallest id", () => {
    expect(findCycle(buildGraph(plan(["a", "b", "c", "d"], [["c", "a"], ["a", "b"], ["b", "c"], ["c", "d"]])))).toEqual(["a", "b", "c"]);
  });

  it("finds none in a DAG, and none in a long chain without overflowing the stack", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `s${String(i).padStart(5, "0")}`);
    const chain = plan(ids, ids.slice(1).map((id, i): [string, string] => [ids[i], id]));
    expect(findCycle(buildGraph(chain))).toBeUndefined();
    expect(findCycle(buildGraph({ ...chain, edges: [...chain.edges, [ids.at(-1)!, ids[0]]] }))).toHaveLength(20_000);
  });
});
