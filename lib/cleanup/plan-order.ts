import type { Plan, Step, StepId } from "../plan/types";

const RANK = [
  "listener",
  "load-balancer",
  "load-balancer-enis",
  "target-group",
  "instance",
  "nat-gateway",
  "elastic-ip",
  "security-group-references",
  "security-group",
  "route-table",
  "subnet",
  "internet-gateway-attachment",
  "internet-gateway",
  "vpc",
];

/**
 * The plan's steps as a checklist: a topological order that, among steps free to go, lists
 * them in the lab's reading order (load balancer first, VPC last) and then by id.
 *
 * @example checklistOrder(buildDestroyPlan(seedLabResources)).at(-1)?.kind === "vpc"
 */
export function checklistOrder(plan: Plan): Step[] {
  const indegree = new Map<StepId, number>(Object.keys(plan.steps).map((id) => [id, 0]));
  const next = new Map<StepId, StepId[]>();
  for (const [from, to] of plan.edges) {
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const key = (s: Step) => `${String(RANK.indexOf(s.kind)).padStart(3, "0")} ${s.id}`;
  const ready = Object.values(plan.steps).filter((s) => indegree.get(s.id) === 0);
  const out: Step[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => key(a).localeCompare(key(b)));
    const step = ready.shift()!;
    out.push(step);
    for (const to of next.get(step.id) ?? []) {
      indegree.set(to, indegree.get(to)! - 1);
      if (indegree.get(to) === 0) ready.push(plan.steps[to]);
    }
  }
  return out;
}

/**
 * The plan minus steps already finished (by an earlier, interrupted cleanup), with edges
 * that touch them dropped: a finished step no longer holds anything back.
 */
export function withoutCompleted(plan: Plan, done: ReadonlySet<StepId>): Plan {
  const steps = Object.fromEntries(Object.entries(plan.steps).filter(([id]) => !done.has(id)));
  return { steps, edges: plan.edges.filter(([from, to]) => from in steps && to in steps) };
}

/**
 * The longest chain of step durations through the DAG: no scheduler can finish sooner, so
 * it is the lower bound a cleanup's wall time is compared with.
 *
 * @example criticalPath(plan, { "a": 2, "b": 3 }) === 5 when a → b
 */
export function criticalPath(plan: Plan, durationMs: Readonly<Record<StepId, number>>): number {
  const finish = new Map<StepId, number>();
  const preds = new Map<StepId, StepId[]>();
  for (const [from, to] of plan.edges) preds.set(to, [...(preds.get(to) ?? []), from]);
  for (const step of checklistOrder(plan)) {
    const start = Math.max(0, ...(preds.get(step.id) ?? []).map((p) => finish.get(p) ?? 0));
    finish.set(step.id, start + (durationMs[step.id] ?? 0));
  }
  return Math.max(0, ...finish.values());
}

/**
 * Steps that may run now, step by step: not done, and every predecessor done.
 *
 * @example runnableSteps(plan, new Set()) lists the listener, instances and NAT first
 */
export function runnableSteps(plan: Plan, done: ReadonlySet<StepId>): Step[] {
  const blocked = new Set(plan.edges.filter(([from]) => !done.has(from)).map(([, to]) => to));
  return checklistOrder(plan).filter((s) => !done.has(s.id) && !blocked.has(s.id));
}
