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
  preds: Adjacency;
  succs: Adjacency;
  /** The known edges as step numbers, in edge order. */
  edges: { from: Int32Array; to: Int32Array };
};

/** Compressed lists: step i's neighbours are `list[start[i]]` up to (not including) `list[start[i + 1]]`. */
export type Adjacency = { start: Int32Array; list: Int32Array };

/** Groups `value[e]` by `key[e]`, keeping edge order within a group (a counting sort). */
function adjacency(n: number, key: Int32Array, value: Int32Array): Adjacency {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < key.length; e++) start[key[e] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const list = new Int32Array(key.length);
  const fill = start.slice(0, n);
  for (let e = 0; e < key.length; e++) list[fill[key[e]]++] = value[e];
  return { start, list };
}

/** The neighbours of step `i`, as numbers. */
const around = (a: Adjacency, i: number): Int32Array => a.list.subarray(a.start[i], a.start[i + 1]);

type Edges = ReadonlyArray<readonly [StepId, StepId]>;
type Steps = Plan["steps"] | ReadonlyMap<StepId, unknown>;

/** The graph of a plan (or of a draft whose steps are a Map); edges naming an unknown step are ignored. */
export function buildGraph(plan: { steps: Steps; edges: Edges }): Graph {
  const ids = plan.steps instanceof Map ? [...plan.steps.keys()] : Object.keys(plan.steps);
  const index = new Map<StepId, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i], i);
  let from = new Int32Array(plan.edges.length);
  let to = new Int32Array(plan.edges.length);
  let m = 0;
  for (const edge of plan.edges) {
    const f = index.get(edge[0]);
    const t = index.get(edge[1]);
    if (f === undefined || t === undefined) continue;
    [from[m], to[m]] = [f, t];
    m++;
  }
  [from, to] = [from.slice(0, m), to.slice(0, m)];
  return { ids, index, preds: adjacency(ids.length, to, from), succs: adjacency(ids.length, from, to), edges: { from, to } };
}

/** A step's predecessors, in edge order; none for an unknown id. */
export function predsOf(graph: Graph, id: StepId): StepId[] {
  const i = graph.index.get(id);
  return i === undefined ? [] : Array.from(around(graph.preds, i), (p) => graph.ids[p]);
}

/** A step's successors, in edge order; none for an unknown id. */
export function succsOf(graph: Graph, id: StepId): StepId[] {
  const i = graph.index.get(id);
  return i === undefined ? [] : Array.from(around(graph.succs, i), (s) => graph.ids[s]);
}

/** Code-unit order of ids, as `Array.prototype.sort` uses by default. */
const byId = (a: StepId, b: StepId): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Kahn's algorithm over step numbers; `rank` (smaller first) picks among the steps free to
 * go, else they go first in, first out. Steps on a cycle are left out.
 */
function kahn(graph: Graph, rank?: Int32Array): number[] {
  const { start, list } = graph.succs;
  const remaining = new Int32Array(graph.ids.length);
  for (let i = 0; i < remaining.length; i++) remaining[i] = graph.preds.start[i + 1] - graph.preds.start[i];
  const ready = rank ? new MinHeap<number>((a, b) => rank[a] - rank[b]) : undefined;
  const queue: number[] = [];
  const order: number[] = [];
  const release = (i: number) => (ready ? ready.push(i) : queue.push(i));
  graph.ids.forEach((_, i) => remaining[i] === 0 && release(i));
  for (let head = 0; ready ? ready.size > 0 : head < queue.length; ) {
    const i = ready ? ready.pop() : queue[head++];
    order.push(i);
    for (let k = start[i]; k < start[i + 1]; k++) if (--remaining[list[k]] === 0) release(list[k]);
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
  return new Map(graph.ids.map((id, i) => [id, Array.from(around(graph.preds, i), (p) => graph.ids[p]).sort(byId)]));
}

/** Every step reachable from `start` (not including it), sorted by id. */
export function descendants(graph: Graph, start: StepId): StepId[] {
  const seen = new Set<number>();
  const first = graph.index.get(start);
  const stack = first === undefined ? [] : [...around(graph.succs, first)];
  while (stack.length) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...around(graph.succs, i));
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
    for (const next of around(graph.succs, i)) longest = Math.max(longest, tail[next]);
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
  const succs = graph.ids.map((_, i) => [...around(graph.succs, i)].sort((a, b) => byId(graph.ids[a], graph.ids[b])));
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
  const incoming = adjacency(n, to, Int32Array.from(to, (_, e) => e));
  const isPred = new Int32Array(n).fill(-1);
  const reached = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const firsts = new Int32Array(n);
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    let count = 0;
    let lowest = n;
    for (const e of around(incoming, v)) {
      if (isPred[from[e]] === v) continue;
      isPred[from[e]] = v;
      firsts[count++] = e;
      lowest = Math.min(lowest, position[from[e]]);
    }
    let top = 0;
    if (count > 1) for (let k = 0; k < count; k++) top = climb(graph, from[firsts[k]], v, lowest, position, reached, stack, top);
    while (top > 0) {
      const x = stack[--top];
      if (position[x] > lowest) top = climb(graph, x, v, lowest, position, reached, stack, top);
    }
    for (let k = 0; k < count; k++) if (reached[from[firsts[k]]] !== v) kept.push(firsts[k]);
  }
  return Array.from(Int32Array.from(kept).sort(), (e): [StepId, StepId] => [graph.ids[from[e]], graph.ids[to[e]]]);
}

/** Pushes the not yet reached predecessors of `x` that sit no lower than `lowest`, marking them reached for `v`. */
function climb(graph: Graph, x: number, v: number, lowest: number, position: Int32Array, reached: Int32Array, stack: Int32Array, top: number): number {
  const { start, list } = graph.preds;
  for (let k = start[x]; k < start[x + 1]; k++) {
    const up = list[k];
    if (reached[up] === v || position[up] < lowest) continue;
    reached[up] = v;
    stack[top++] = up;
  }
  return top;
}
