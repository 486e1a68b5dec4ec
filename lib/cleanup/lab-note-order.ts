import type { Step } from "../plan/types";
import { buildDestroyPlan } from "../plan/destroy-plan";
import type { RecordedResource } from "../plan/recorded";

/**
 * The lab note's own deletion order (ALB, instances, security group, subnets, NAT + EIP,
 * route tables, internet gateway, VPC), one step at a time. It is unsafe on AWS without
 * waits: the subnets and the security group are deleted while instances are still shutting
 * down, and the NAT is deleted after its subnet. Used to show what fails and where.
 */
const LAB_NOTE_KINDS = [
  "listener",
  "load-balancer",
  "target-group",
  "instance",
  "security-group-references",
  "security-group",
  "subnet",
  "nat-gateway",
  "elastic-ip",
  "route-table",
  "internet-gateway-attachment",
  "internet-gateway",
  "vpc",
];

/** The recorded resources' cleanup steps in the lab note's order (no ENI wait: the note has none). */
export function labNoteOrder(recorded: readonly RecordedResource[]): Step[] {
  const steps = Object.values(buildDestroyPlan(recorded).steps);
  return LAB_NOTE_KINDS.flatMap((kind) => steps.filter((s) => s.kind === kind));
}
