import type { StepAction } from "../plan/types";
import type { TeardownKind } from "./types";

/** The cleanup steps the runner knows how to execute. */
export type TeardownStepKind =
  | TeardownKind
  | "load-balancer-enis"
  | "security-group-references"
  | "internet-gateway-attachment";

type StepShape = { action: StepAction; verb: string; describe(name: string): string };

/**
 * What each cleanup step does and, for waits, what it waits for and why (docs/aws-facts.md §8.1).
 * These lines are shown in the checklist and the log.
 */
export const STEP_SHAPES: Record<TeardownStepKind, StepShape> = {
  listener: { action: "delete", verb: "delete", describe: (n) => `Delete listener ${n} — the target group cannot be deleted while a listener forwards to it` },
  "load-balancer": { action: "delete", verb: "delete", describe: (n) => `Delete load balancer ${n} and wait until AWS reports it gone` },
  "load-balancer-enis": { action: "wait", verb: "wait", describe: (n) => `Wait for ${n}'s network interfaces to disappear — they linger after the delete and block subnets, security groups and the internet gateway` },
  "target-group": { action: "delete", verb: "delete", describe: (n) => `Delete target group ${n} — only after the load balancer and its listeners are gone, or AWS answers ResourceInUse` },
  instance: { action: "delete", verb: "terminate", describe: (n) => `Terminate instance ${n} and wait for "terminated" — its network interface blocks the subnet and security group until then` },
  "nat-gateway": { action: "delete", verb: "delete", describe: (n) => `Delete NAT gateway ${n} and wait for "deleted" (about a minute) — it bills by the hour and holds the Elastic IP` },
  "elastic-ip": { action: "delete", verb: "release", describe: (n) => `Release Elastic IP ${n} — only after the NAT gateway is deleted, or AWS refuses; an idle address still bills` },
  "security-group-references": { action: "update", verb: "revoke", describe: (n) => `Revoke ${n}'s rules that name other security groups — a group referenced by another cannot be deleted` },
  "security-group": { action: "delete", verb: "delete", describe: (n) => `Delete security group ${n} — after instances are terminated and load balancer interfaces are gone, which still use it` },
  "route-table": { action: "delete", verb: "delete", describe: (n) => `Disassociate route table ${n} from its subnets, then delete it — a table with associations cannot be deleted` },
  subnet: { action: "delete", verb: "delete", describe: (n) => `Delete subnet ${n} — after every network interface in it (instances, NAT, load balancer) is gone` },
  "internet-gateway-attachment": { action: "delete", verb: "detach", describe: (n) => `Detach internet gateway ${n} — after the NAT's Elastic IP is released and instances with public IPs are gone, or AWS refuses ("mapped public addresses")` },
  "internet-gateway": { action: "delete", verb: "delete", describe: (n) => `Delete internet gateway ${n} — only once it is detached` },
  vpc: { action: "delete", verb: "delete", describe: (n) => `Delete VPC ${n} — last: AWS refuses while subnets, gateways, route tables or security groups remain` },
};

/** `delete:nat-gateway:lab-nat`, `wait:load-balancer-enis:lab-alb`: unique per resource and step kind. */
export function teardownStepId(kind: TeardownStepKind, logicalId: string): string {
  return `${STEP_SHAPES[kind].action}:${kind}:${logicalId}`;
}
