import type { Plan, Step, StepId } from "./types";
import { STEP_SHAPES, teardownStepId, type TeardownStepKind } from "../cleanup/step-kinds";
import { teardownResources, type RecordedResource, type TeardownResource } from "../cleanup/types";

/**
 * Which step kinds must be finished before a step kind may start (docs/aws-facts.md §8.1–§8.2).
 * Within one deployment every step of a "before" kind precedes every step of the "after"
 * kind: cleanup does not know which instance sits in which subnet, and the waits that
 * matter (NAT deleted, ENIs gone) are global to the VPC anyway.
 */
const WAITS_FOR: Record<TeardownStepKind, readonly TeardownStepKind[]> = {
  listener: [],
  // DeleteLoadBalancer would remove its listeners too; deleting them first keeps the note's order visible.
  "load-balancer": ["listener"],
  "load-balancer-enis": [],
  // ResourceInUse while any listener (removed with its load balancer) forwards to it.
  "target-group": ["listener", "load-balancer"],
  instance: [],
  "nat-gateway": [],
  // InvalidIPAddress.InUse until the NAT gateway is `deleted`; instance EIPs go with the instance.
  "elastic-ip": ["nat-gateway", "instance"],
  "security-group-references": [],
  // In use by instance and load-balancer ENIs; referenced groups need their references revoked.
  "security-group": ["security-group-references", "instance", "load-balancer-enis"],
  "route-table": [],
  // Every ENI in the subnet must be gone. Route tables first: moto keeps stale associations
  // of deleted subnets and then refuses DeleteRouteTable (docs/moto-notes.md §5).
  subnet: ["instance", "nat-gateway", "load-balancer-enis", "route-table"],
  // "Network has some mapped public address(es)": NAT EIP, instance and load balancer public IPs.
  "internet-gateway-attachment": ["elastic-ip", "nat-gateway", "instance", "load-balancer-enis"],
  "internet-gateway": [],
  vpc: ["subnet", "security-group", "route-table", "internet-gateway"],
};

type Draft = { steps: Step[]; edges: Array<[StepId, StepId]> };

/** Pass 1: the steps each resource needs, in the order they run for that resource. */
function stepsFor(resource: TeardownResource, id: (kind: TeardownStepKind) => StepId): Draft {
  const step = (kind: TeardownStepKind): Step => ({
    id: id(kind),
    action: STEP_SHAPES[kind].action,
    kind,
    logicalId: resource.logicalId,
    inputs: { awsId: resource.awsId, ...(resource.attributes ?? {}) },
    description: STEP_SHAPES[kind].describe(resource.attributes?.Name ?? resource.logicalId),
  });
  const chain = (kinds: TeardownStepKind[]): Draft => {
    const steps = kinds.map(step);
    return { steps, edges: steps.slice(1).map((s, i): [StepId, StepId] => [steps[i].id, s.id]) };
  };
  if (resource.kind === "load-balancer") return chain(["load-balancer", "load-balancer-enis"]);
  if (resource.kind === "internet-gateway") return chain(["internet-gateway-attachment", "internet-gateway"]);
  if (resource.kind === "security-group") return chain(["security-group-references", "security-group"]);
  return chain([resource.kind]);
}

/** Pass 2: cross-resource edges from `WAITS_FOR`. */
function addOrderEdges(steps: readonly Step[]): Array<[StepId, StepId]> {
  const byKind = new Map<string, Step[]>();
  for (const s of steps) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  const edges: Array<[StepId, StepId]> = [];
  for (const after of steps) {
    for (const beforeKind of WAITS_FOR[after.kind as TeardownStepKind]) {
      for (const before of byKind.get(beforeKind) ?? []) edges.push([before.id, after.id]);
    }
  }
  return edges;
}

/** Step-id factory that stays unique when two recorded resources share a logical id (a duplicate create). */
function idFactory(resources: readonly TeardownResource[]) {
  const count = new Map<string, number>();
  for (const r of resources) count.set(`${r.kind}:${r.logicalId}`, (count.get(`${r.kind}:${r.logicalId}`) ?? 0) + 1);
  return (r: TeardownResource) => (kind: TeardownStepKind) => {
    const base = teardownStepId(kind, r.logicalId);
    return (count.get(`${r.kind}:${r.logicalId}`) ?? 0) > 1 ? `${base}#${r.awsId}` : base;
  };
}

/**
 * The destroy plan for recorded resources, in AWS's safe order (listener → load balancer →
 * its ENIs → target group; instances; NAT → Elastic IP; security groups; route tables;
 * subnets; internet gateway detach → delete; VPC), as a DAG so independent deletes run in
 * parallel. Sub-resources (routes, rules, associations, attachments) have no step: they go
 * with their parent. Deterministic: steps and edges are sorted.
 *
 * @example buildDestroyPlan([{ logicalId: "v", kind: "vpc", awsId: "vpc-1" }]).steps["delete:vpc:v"].inputs.awsId === "vpc-1"
 */
export function buildDestroyPlan(recorded: readonly RecordedResource[]): Plan {
  const resources = teardownResources(recorded);
  const ids = idFactory(resources);
  const drafts = resources.map((r) => stepsFor(r, ids(r)));
  const steps = drafts.flatMap((d) => d.steps).sort((a, b) => a.id.localeCompare(b.id));
  const edges = [...drafts.flatMap((d) => d.edges), ...addOrderEdges(steps)];
  const unique = [...new Map(edges.map((e) => [`${e[0]} ${e[1]}`, e])).values()];
  unique.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  return { steps: Object.fromEntries(steps.map((s) => [s.id, s])), edges: unique };
}
