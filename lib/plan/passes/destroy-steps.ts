import { destroyActionOf, destroyStepsOf, type DestroyStepKind } from "../kinds";
import { withSteps, type DestroyDraft } from "../plan-draft";
import type { TeardownResource } from "../recorded";
import type { Step, StepId } from "../types";

/**
 * What each cleanup step does and, for waits, what it waits for and why (docs/aws-facts.md
 * §8.1). These lines are shown in the checklist and the log.
 */
const DESCRIBE: Record<DestroyStepKind, (name: string) => string> = {
  listener: (n) => `Delete listener ${n} — the target group cannot be deleted while a listener forwards to it`,
  "load-balancer": (n) => `Delete load balancer ${n} and wait until AWS reports it gone`,
  "load-balancer-enis": (n) => `Wait for ${n}'s network interfaces to disappear — they linger after the delete and block subnets, security groups and the internet gateway`,
  "target-group": (n) => `Delete target group ${n} — only after the load balancer and its listeners are gone, or AWS answers ResourceInUse`,
  instance: (n) => `Terminate instance ${n} and wait for "terminated" — its network interface blocks the subnet and security group until then`,
  "nat-gateway": (n) => `Delete NAT gateway ${n} and wait for "deleted" (about a minute) — it bills by the hour and holds the Elastic IP`,
  "elastic-ip": (n) => `Release Elastic IP ${n} — only after the NAT gateway is deleted, or AWS refuses; an idle address still bills`,
  "security-group-references": (n) => `Revoke ${n}'s rules that name other security groups — a group referenced by another cannot be deleted`,
  "security-group": (n) => `Delete security group ${n} — after instances are terminated and load balancer interfaces are gone, which still use it`,
  "route-table": (n) => `Disassociate route table ${n} from its subnets, then delete it — a table with associations cannot be deleted`,
  subnet: (n) => `Delete subnet ${n} — after every network interface in it (instances, NAT, load balancer) is gone`,
  "internet-gateway-attachment": (n) => `Detach internet gateway ${n} — after the NAT's Elastic IP is released and instances with public IPs are gone, or AWS refuses ("mapped public addresses")`,
  "internet-gateway": (n) => `Delete internet gateway ${n} — only once it is detached`,
  vpc: (n) => `Delete VPC ${n} — last: AWS refuses while subnets, gateways, route tables or security groups remain`,
};

/**
 * `delete:nat-gateway:lab-nat`, `wait:load-balancer-enis:lab-alb`: unique per resource and
 * step kind; `#<awsId>` is appended when two recorded resources share a kind and logical id
 * (a duplicated create), so each gets its own step.
 */
function idFactory(resources: readonly TeardownResource[]): (r: TeardownResource, kind: DestroyStepKind) => StepId {
  const count = new Map<string, number>();
  for (const r of resources) count.set(`${r.kind}:${r.logicalId}`, (count.get(`${r.kind}:${r.logicalId}`) ?? 0) + 1);
  return (r, kind) => {
    const base = `${destroyActionOf(kind)}:${kind}:${r.logicalId}`;
    return (count.get(`${r.kind}:${r.logicalId}`) ?? 0) > 1 ? `${base}#${r.awsId}` : base;
  };
}

/**
 * Destroy pass 1: the steps each recorded resource needs (`destroyStepsOf` its kind), chained
 * in the order they run for that resource (delete the load balancer, then wait for its
 * interfaces). Inputs name the AWS id and the attributes the create recorded.
 */
export function addDestroySteps(g: DestroyDraft): DestroyDraft {
  const id = idFactory(g.resources);
  const steps: Step[] = [];
  const edges: Array<[StepId, StepId]> = [...g.edges];
  for (const resource of g.resources) {
    const chain = destroyStepsOf(resource.kind).map((kind): Step => ({
      id: id(resource, kind),
      action: destroyActionOf(kind),
      kind,
      logicalId: resource.logicalId,
      inputs: { awsId: resource.awsId, ...(resource.attributes ?? {}) },
      description: DESCRIBE[kind](resource.attributes?.Name ?? resource.logicalId),
    }));
    steps.push(...chain);
    chain.slice(1).forEach((step, i) => edges.push([chain[i].id, step.id]));
  }
  return { ...withSteps(g, steps), edges };
}
