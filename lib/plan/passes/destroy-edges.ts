import type { DestroyStepKind } from "../kinds";
import type { DestroyDraft } from "../plan-draft";
import type { Step, StepId } from "../types";

/**
 * Which step kinds must be finished before a step kind may start (docs/aws-facts.md
 * §8.1–§8.2). Within one deployment every step of a "before" kind precedes every
 * step of the "after" kind: cleanup does not know which instance sits in which subnet, and
 * the waits that matter (NAT deleted, ENIs gone) are global to the VPC anyway.
 */
const WAITS_FOR: Record<DestroyStepKind, readonly DestroyStepKind[]> = {
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

/**
 * Destroy pass 2: cross-resource edges from `WAITS_FOR` (needs every step, so after pass 1).
 * Many are implied by longer paths (NAT → EIP → detach makes NAT → detach redundant); the
 * shared `transitiveReduce` drops those afterwards.
 */
export function addDestroyOrderEdges(g: DestroyDraft): DestroyDraft {
  const byKind = new Map<string, Step[]>();
  for (const s of g.steps.values()) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const edges: Array<[StepId, StepId]> = [...g.edges];
  for (const after of g.steps.values()) {
    for (const beforeKind of WAITS_FOR[after.kind as DestroyStepKind] ?? []) {
      for (const before of byKind.get(beforeKind) ?? []) edges.push([before.id, after.id]);
    }
  }
  return { ...g, edges };
}
