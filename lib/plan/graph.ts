import { MinHeap } from "./min-heap";
import type { Plan, StepId } from "./types";

/**
 * The one graph module for plans, create and destroy alike: topological order, descendants,
 * tail lengths and the critical path, the steps ready to run, cycles and transitive
 * reduction. Steps are numbered once and the algorithms work on those numbers; each is
 * linear or near-linear in steps + edges, so a 20,000-entity design's plan stays fast to
 * compile, render and walk (`npm run bench:plan`).
 */
export type Graph = {
  /** Step ids in the plan's key order; a step's number is its position here. */
  ids: readonly StepId[];
  index: ReadonlyMap<StepId, number>;
  /** Predecessor and successor numbers of every step, in edge order (a duplicated edge appears twice). */
  preds: ReadonlyArray<readonly number[]>;
  succs: ReadonlyArray<readonly number[]>;
  /** The known edges as step numbers, in edge order. */
  edges: { from: Int32Array; to: Int32Array };
};

type Edges = ReadonlyArray<readonly [StepId, StepId]>;
type Steps = Plan["steps"] | ReadonlyMap<StepId, unknown>;

/** The graph of a plan (or of a draft whose steps are a Map); edges naming an unknown step are ignored. */
export function buildGraph(plan: { steps: Steps; edges: Edges }): Graph {
  const ids = plan.steps instanceof Map ? [...plan.steps.keys()] : Object.keys(plan.steps);
  const index = new Map(ids.map((id, i) => [id, i]));
  const preds: number[][] = ids.map(() => []);
  const succs: number[][] = ids.map(() => []);
  const from: number[] = [];
  const to: number[] = [];
  for (const edge of plan.edges) {
    const f = index.get(edge[0]);
    const t = index.get(edge[1]);
    if (f === undefined || t === undefined) continue;
    preds[t].push(f);
    succs[f].push(t);
    from.push(f);
    to.push(t);
  }
  return { ids, index, preds, succs, edges: { from: Int32Array.from(from), to: Int32Array.from(to) } };
}

/** A step's predecessors, in edge order; none for an unknown id. */
export function predsOf(graph: Graph, id: StepId): StepId[] {
  const i = graph.index.get(id);
  return i === undefined ? [] : graph.preds[i].map((p) => graph.ids[p]);
}

/** A step's successors, in edge order; none for an unknown id. */
export function succsOf(graph: Graph, id: StepId): StepId[] {
  const i = graph.index.get(id);
  return i === undefined ? [] : graph.succs[i].map((s) => graph.ids[s]);
}

/** Code-unit order of ids, as `Array.prototype.sort` uses by default. */
export const byId = (a: StepId, b: StepId): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Kahn's algorithm over step numbers; `rank` (smaller first) picks among the steps free to
 * go, else they go first in, first out. Steps on a cycle are left out.
 */
function kahn(graph: Graph, rank?: Int32Array): number[] {
  const remaining = Int32Array.from(graph.preds, (p) => p.length);
  const ready = rank ? new MinHeap<number>((a, b) => rank[a] - rank[b]) : undefined;
  const queue: number[] = [];
  const order: number[] = [];
  const release = (i: number) => (ready ? ready.push(i) : queue.push(i));
  graph.ids.forEach((_, i) => remaining[i] === 0 && release(i));
  for (let head = 0; ready ? ready.size > 0 : head < queue.length; ) {
    const i = ready ? ready.pop() : queue[head++];
    order.push(i);
    for (const next of graph.succs[i]) if (--remaining[next] === 0) release(next);
  }
  return order;
}

/**
 * Kahn's algorithm: among the steps free to go, `compare` picks the first (the smallest id by
 * default), so the order is deterministic. Steps on a cycle are left out. O((V + E) log V).
 *
 * @example topologicalOrder(buildGraph(plan)) // ["create:elastic-ip:nat-eip", "create:internet-gateway:lab-igw", …]
 */
export function topologicalOrder(graph: Graph, compare: (a: StepId, b: StepId) => number = byId): StepId[] {
  // Rank the ids once, so the heap compares numbers (a plain sort when the order is by id).
  const sorted = compare === byId ? [...graph.ids].sort().map((id) => graph.index.get(id)!) : graph.ids.map((_, i) => i).sort((a, b) => compare(graph.ids[a], graph.ids[b]));
  const rank = new Int32Array(graph.ids.length);
  sorted.forEach((i, r) => (rank[i] = r));
  return kahn(graph, rank).map((i) => graph.ids[i]);
}

/**
 * A plan's steps in execution order, the smallest id first among those free to go: the order
 * the plan preview, the golden tests and the deployment view list steps in.
 */
export function orderSteps(plan: Plan): StepId[] {
  return topologicalOrder(buildGraph(plan));
}

/** Predecessors of each step, sorted by id (what the plan preview shows a step waiting for). */
export function predecessors(plan: Plan): Map<StepId, StepId[]> {
  const graph = buildGraph(plan);
  return new Map(graph.ids.map((id, i) => [id, graph.preds[i].map((p) => graph.ids[p]).sort(byId)]));
}

/** Every step reachable from `start` (not including it), sorted by id. */
export function descendants(graph: Graph, start: StepId): StepId[] {
  const seen = new Set<number>();
  const stack = [...(graph.succs[graph.index.get(start) ?? -1] ?? [])];
  while (stack.length) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...graph.succs[i]);
  }
  return [...seen].map((i) => graph.ids[i]).sort(byId);
}

/**
 * The longest weighted path from each step to the end of the plan, its own weight included.
 * The walker starts ready steps with the longest tail first, so the slow chain (EIP → NAT →
 * route) is never queued behind quick work when slots are scarce. A step on a cycle (never
 * in a compiled plan) counts its own weight only.
 */
export function tailLengths(graph: Graph, weight: (id: StepId) => number): Map<StepId, number> {
  const tail = graph.ids.map((id) => weight(id));
  for (const i of kahn(graph).reverse()) {
    let longest = 0;
    for (const next of graph.succs[i]) longest = Math.max(longest, tail[next]);
    tail[i] += longest;
  }
  return new Map(graph.ids.map((id, i) => [id, tail[i]]));
}

/**
 * The longest chain of step weights through the DAG: no scheduler can finish sooner, so it is
 * the lower bound a deploy's or a cleanup's wall time is compared with.
 *
 * @example criticalPath(graph, (id) => ({ a: 2, b: 3 })[id]) === 5 when a → b
 */
export function criticalPath(graph: Graph, weight: (id: StepId) => number): number {
  let longest = 0;
  for (const tail of tailLengths(graph, weight).values()) longest = Math.max(longest, tail);
  return longest;
}

/** Steps not done whose every predecessor is done, in `order` (a topological order, say). */
export function readySteps(graph: Graph, done: ReadonlySet<StepId>, order: readonly StepId[] = graph.ids): StepId[] {
  return order.filter((id) => !done.has(id) && predsOf(graph, id).every((p) => done.has(p)));
}

/**
 * One cycle, in order, found by depth-first search from the smallest id with successors
 * visited smallest first; undefined when the graph is acyclic (checked first, in linear
 * time). Iterative: no stack overflow on a long chain.
 */
export function findCycle(graph: Graph): StepId[] | undefined {
  if (kahn(graph).length === graph.ids.length) return undefined;
  const succs = graph.succs.map((list) => [...list].sort((a, b) => byId(graph.ids[a], graph.ids[b])));
  const state = new Map<number, "open" | "done">();
  for (const root of graph.ids.map((_, i) => i).sort((a, b) => byId(graph.ids[a], graph.ids[b]))) {
    if (state.has(root)) continue;
    const path = [root];
    const cursor = [0];
    state.set(root, "open");
    while (path.length > 0) {
      const next = succs[path[path.length - 1]][cursor[cursor.length - 1]++];
      if (next === undefined) {
        state.set(path.pop()!, "done");
        cursor.pop();
      } else if (state.get(next) === "open") {
        return path.slice(path.indexOf(next)).map((i) => graph.ids[i]);
      } else if (!state.has(next)) {
        state.set(next, "open");
        path.push(next);
        cursor.push(0);
      }
    }
  }
  return undefined;
}

/**
 * The edges of an acyclic graph without duplicates and without every edge implied by a
 * longer path (a → c when a → b → c), in their first order. An edge p → v is implied when p is
 * an ancestor of another predecessor of v: for each step with two or more predecessors, one
 * walk up from them, never above the lowest of them in topological order. A plan's steps have
 * few ancestors (a few kinds' chain back to the VPC), so this is near-linear, where
 * reachability from every step (all its descendants) is quadratic.
 */
export function transitiveReduction(graph: Graph): Array<[StepId, StepId]> {
  const { from, to } = graph.edges;
  const n = graph.ids.length;
  const position = new Int32Array(n);
  kahn(graph).forEach((i, p) => (position[i] = p));
  // Incoming edges of each step, in edge order (a counting sort by target).
  const inStart = new Int32Array(n + 1);
  for (const t of to) inStart[t + 1]++;
  for (let v = 0; v < n; v++) inStart[v + 1] += inStart[v];
  const inEdges = new Int32Array(to.length);
  const fill = inStart.slice(0, n);
  to.forEach((t, e) => (inEdges[fill[t]++] = e));
  const isPred = new Int32Array(n).fill(-1);
  const reached = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    const firsts: number[] = [];
    let lowest = n;
    for (let k = inStart[v]; k < inStart[v + 1]; k++) {
      const p = from[inEdges[k]];
      if (isPred[p] === v) continue;
      isPred[p] = v;
      firsts.push(inEdges[k]);
      lowest = Math.min(lowest, position[p]);
    }
    let top = 0;
    if (firsts.length > 1) for (const e of firsts) top = climb(graph, from[e], v, lowest, position, reached, stack, top);
    while (top > 0) {
      const x = stack[--top];
      if (position[x] > lowest) top = climb(graph, x, v, lowest, position, reached, stack, top);
    }
    for (const e of firsts) if (reached[from[e]] !== v) kept.push(e);
  }
  return [...Int32Array.from(kept).sort()].map((e) => [graph.ids[from[e]], graph.ids[to[e]]]);
}

/** Pushes the not yet reached predecessors of `x` that sit no lower than `lowest`, marking them reached for `v`. */
function climb(graph: Graph, x: number, v: number, lowest: number, position: Int32Array, reached: Int32Array, stack: Int32Array, top: number): number {
  for (const up of graph.preds[x]) {
    if (reached[up] === v || position[up] < lowest) continue;
    reached[up] = v;
    stack[top++] = up;
  }
  return top;
}
