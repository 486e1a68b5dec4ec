import { buildGraph, readySteps, topologicalOrder } from "./graph";
import { DESTROY_STEP_KINDS } from "./kinds";
import { byLocale, emptyDraft, finishPlan, type DestroyDraft } from "./plan-draft";
import { addDestroyOrderEdges } from "./passes/destroy-edges";
import { addDestroySteps } from "./passes/destroy-steps";
import { assertSound, transitiveReduce } from "./passes/graph-checks";
import { teardownResources, type RecordedResource } from "./recorded";
import type { Plan, Step, StepId } from "./types";

/**
 * The destroy plan for recorded resources, in AWS's safe order (listener → load balancer →
 * its ENIs → target group; instances; NAT → Elastic IP; security groups; route tables;
 * subnets; internet gateway detach → delete; VPC), as a DAG so independent deletes run in
 * parallel. Sub-resources (routes, rules, associations, attachments) have no step: they go
 * with their parent. Deterministic: steps and edges are sorted.
 *
 * The same compiler as the create plan: the destroy passes (steps per resource, then the
 * cross-kind waits) and then the shared `assertSound` and `transitiveReduce`, so only direct
 * waits remain. A cycle here is a bug in the waits table, hence thrown, not returned.
 *
 * @example buildDestroyPlan([{ logicalId: "v", kind: "vpc", awsId: "vpc-1" }]).steps["delete:vpc:v"].inputs.awsId === "vpc-1"
 */
export function buildDestroyPlan(recorded: readonly RecordedResource[]): Plan {
  const start: DestroyDraft = { ...emptyDraft(), resources: teardownResources(recorded) };
  const checked = assertSound(addDestroyOrderEdges(addDestroySteps(start)));
  if (!checked.ok) throw new Error(`destroy plan: ${checked.error.message}`);
  return finishPlan(transitiveReduce(checked.plan), "locale");
}

const RANK = new Map<string, number>(DESTROY_STEP_KINDS.map((kind, i) => [kind, i]));

/**
 * The plan's steps as a checklist: a topological order that, among steps free to go, lists
 * them in the lab's reading order (`DESTROY_STEP_KINDS`: load balancer first, VPC last) and
 * then by id.
 *
 * @example checklistOrder(buildDestroyPlan(seedLabResources)).at(-1)?.kind === "vpc"
 */
export function checklistOrder(plan: Plan): Step[] {
  const key = new Map(Object.values(plan.steps).map((s) => [s.id, `${String(RANK.get(s.kind) ?? -1).padStart(3, "0")} ${s.id}`]));
  return topologicalOrder(buildGraph(plan), (a, b) => byLocale(key.get(a)!, key.get(b)!)).map((id) => plan.steps[id]);
}

/**
 * Steps that may run now, step by step: not done, and every predecessor done, in checklist
 * order.
 *
 * @example runnableSteps(plan, new Set()) lists the listener, instances and NAT first
 */
export function runnableSteps(plan: Plan, done: ReadonlySet<StepId>): Step[] {
  return readySteps(buildGraph(plan), done, checklistOrder(plan).map((s) => s.id)).map((id) => plan.steps[id]);
}

/**
 * The plan minus steps already finished (by an earlier, interrupted cleanup), with edges
 * that touch them dropped: a finished step no longer holds anything back.
 */
export function withoutCompleted(plan: Plan, done: ReadonlySet<StepId>): Plan {
  const steps = Object.fromEntries(Object.entries(plan.steps).filter(([id]) => !done.has(id)));
  return { steps, edges: plan.edges.filter(([from, to]) => Object.hasOwn(steps, from) && Object.hasOwn(steps, to)) };
}
