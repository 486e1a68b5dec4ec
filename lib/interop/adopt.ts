/**
 * Adopting an imported VPC as a deployment, as data: the journal entries a deploy of the
 * imported design would have written had it created exactly what AWS has, each create step
 * ending `ok` with the outputs its provider returns (the AWS id under the kind's primary
 * output, `lib/plan/kinds.ts`), so replay, recorded resources, live status and drift read an
 * adopted deployment like any deployed one. Pure: the server reads AWS and writes the journal.
 */
import { PRIMARY_OUTPUT } from "../plan/kinds";
import { orderSteps } from "../plan/graph";
import { isOutputRef, type Plan, type Step, type StepInput } from "../plan/types";
import type { NewJournalEntry, StepOutputs } from "../deploy/types";
import type { DescribedVpc } from "./described";

type Context = { described: DescribedVpc; own(step: Step): string | undefined; ref(input: StepInput | undefined): string | undefined };
type Outputs = (step: Step, c: Context) => Record<string, string | undefined>;

const text = (value: StepInput | undefined) => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined);

/** The outputs each create kind's provider returns (server/aws/providers), filled from what the import read. */
const OUTPUTS: Record<string, Outputs> = {
  vpc: (s, c) => ({ VpcId: c.own(s), CidrBlock: c.described.vpc.CidrBlock }),
  "vpc-dns": (s, c) => ({ VpcId: c.own(s) }),
  subnet: (s, c) => ({ SubnetId: c.own(s), AvailabilityZone: text(s.inputs.availabilityZone), CidrBlock: text(s.inputs.cidr) }),
  "subnet-public-ip": (s, c) => ({ SubnetId: c.own(s) }),
  "internet-gateway": (s, c) => ({ InternetGatewayId: c.own(s) }),
  "igw-attachment": (s, c) => ({ InternetGatewayId: c.own(s), VpcId: c.ref(s.inputs.vpcId) }),
  "route-table": (s, c) => ({ RouteTableId: c.own(s), VpcId: c.ref(s.inputs.vpcId), IsMain: s.inputs.isMain === true ? "true" : "false" }),
  route: (s, c) => ({ RouteTableId: c.own(s), DestinationCidrBlock: text(s.inputs.destination), Target: c.ref(s.inputs.gatewayId ?? s.inputs.natGatewayId) }),
  "route-table-association": (s, c) => {
    const [table, subnet] = [c.own(s), c.ref(s.inputs.subnetId)];
    const association = c.described.routeTables.find((t) => t.RouteTableId === table)?.Associations?.find((a) => !a.Main && a.SubnetId === subnet);
    return { AssociationId: association?.RouteTableAssociationId, RouteTableId: table, SubnetId: subnet };
  },
  "elastic-ip": (s, c) => ({ AllocationId: c.own(s), PublicIp: c.described.addresses.find((a) => a.AllocationId === c.own(s))?.PublicIp }),
  "nat-gateway": (s, c) => ({ NatGatewayId: c.own(s), SubnetId: c.ref(s.inputs.subnetId), AllocationId: c.ref(s.inputs.allocationId) }),
  "security-group": (s, c) => ({ GroupId: c.own(s), VpcId: c.ref(s.inputs.vpcId), GroupName: text(s.inputs.groupName) }),
  "security-group-rules": (s, c) => ({ GroupId: c.own(s) }),
  instance: (s, c) => {
    const i = c.described.instances.find((x) => x.InstanceId === c.own(s));
    return { InstanceId: i?.InstanceId, SubnetId: i?.SubnetId, PrivateIpAddress: i?.PrivateIpAddress, PublicIpAddress: i?.PublicIpAddress };
  },
  "target-group": (s, c) => ({ TargetGroupArn: c.own(s), TargetGroupName: c.described.targetGroups.find((t) => t.TargetGroupArn === c.own(s))?.TargetGroupName }),
  "target-registration": (s, c) => ({ TargetGroupArn: c.own(s), InstanceId: c.ref(s.inputs.instanceId) }),
  "load-balancer": (s, c) => {
    const lb = c.described.loadBalancers.find((l) => l.LoadBalancerArn === c.own(s));
    return { LoadBalancerArn: lb?.LoadBalancerArn, DNSName: lb?.DNSName, LoadBalancerName: lb?.LoadBalancerName };
  },
  "load-balancer-active": (s, c) => ({ LoadBalancerArn: c.own(s) }),
  listener: (s, c) => {
    const lb = c.described.loadBalancers.find((l) => l.LoadBalancerArn === c.own(s));
    return { ListenerArn: lb?.listeners.find((l) => l.Port === s.inputs.port)?.ListenerArn, LoadBalancerArn: c.own(s) };
  },
};

/** The kinds `adoptionEntries` can record: every create kind, checked by its test. */
export const ADOPTABLE_KINDS: readonly string[] = Object.keys(OUTPUTS);

export type Adoption = { ok: true; plan: Plan; entries: NewJournalEntry[] } | { ok: false; missing: string[] };

/**
 * The plan (its steps saying they adopt, not create) and one `end: ok` entry per step, in plan
 * order, for a deployment adopting what `described` holds. No `begin`: nothing is attempted in
 * AWS. `awsIds` maps design entity ids to AWS ids (`describedToDesign`). A step whose AWS id
 * cannot be found is named in `missing` and nothing is recorded, so an adoption is all or nothing.
 *
 * @example adoptionEntries(plan, described, { "lab-vpc": "vpc-1" }, "dep-1", 0) // { ok: true, entries: [{ stepId: "create:vpc:lab-vpc", outputs: { VpcId: "vpc-1", … } }, …] }
 */
export function adoptionEntries(plan: Plan, described: DescribedVpc, awsIds: Record<string, string>, deploymentId: string, at: number): Adoption {
  const own = (step: Step) => (Object.hasOwn(awsIds, step.logicalId) ? awsIds[step.logicalId] : undefined);
  const ref = (input: StepInput | undefined) => (isOutputRef(input) && plan.steps[input.ref] ? own(plan.steps[input.ref]) : undefined);
  const context: Context = { described, own, ref };
  const entries: NewJournalEntry[] = [];
  const missing: string[] = [];
  const steps: Plan["steps"] = {};
  for (const id of orderSteps(plan)) {
    const step = plan.steps[id];
    const make = Object.hasOwn(OUTPUTS, step.kind) ? OUTPUTS[step.kind] : undefined;
    if (!make) {
      missing.push(`${id}: a ${step.kind} step cannot be adopted`);
      continue;
    }
    const raw = make(step, context);
    const outputs = clean(raw);
    // Settings and waits have no primary output: the resource they act on stands in for it.
    const primary = PRIMARY_OUTPUT[step.kind] ?? Object.keys(raw)[0];
    if (!outputs[primary]) missing.push(`${id}: no ${primary} found in AWS`);
    steps[id] = { ...step, description: `Adopt the existing ${step.kind} ${step.logicalId}${outputs[primary] ? ` (${outputs[primary]})` : ""}` };
    entries.push({ deploymentId, stepId: id, type: "end", outcome: "ok", outputs, at });
  }
  return missing.length ? { ok: false, missing } : { ok: true, plan: { steps, edges: plan.edges }, entries };
}

function clean(values: Record<string, string | undefined>): StepOutputs {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}
