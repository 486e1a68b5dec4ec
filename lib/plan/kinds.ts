/**
 * The one vocabulary of resource and step kinds. A plan step's `kind` picks the AWS provider
 * that runs it; create plans and destroy plans draw their kinds from the lists below, the
 * journal records resources under the create kinds, and cleanup derives its steps from them.
 *
 * Adding a kind starts here: its entry below (the output naming its AWS id; for a resource of
 * its own, its destroy steps), the pass that emits its create step (`passes/*-steps.ts`), its
 * provider (`server/aws/providers`), and for a new destroy step kind its description and
 * waits (`passes/destroy-steps.ts`, `passes/destroy-edges.ts`). `kinds.test.ts` and the
 * providers' test fail until every table agrees.
 */

/** What the vocabulary knows about one create kind. */
type CreateKindFacts = {
  /** The output that holds the AWS id (or ARN) the journal records; none for settings and waits. */
  output?: string;
  /**
   * Cleanup's steps for a resource of its own; none for sub-resources (routes, rules,
   * associations, attachments, registrations), which AWS removes with their parent.
   */
  destroy?: readonly DestroyStepKind[];
};

/**
 * Cleanup's step kinds in the checklist's reading order (load balancer first, VPC last).
 * Three exist only in destroy plans: the wait for a load balancer's lingering network
 * interfaces, the revoke of rules naming other groups, and the gateway's detach.
 */
export const DESTROY_STEP_KINDS = [
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
] as const;

export type DestroyStepKind = (typeof DESTROY_STEP_KINDS)[number];

/** Every kind a create plan's step may have (each has a provider with `create`). */
const CREATE_KINDS = {
  vpc: { output: "VpcId", destroy: ["vpc"] },
  "vpc-dns": {},
  subnet: { output: "SubnetId", destroy: ["subnet"] },
  "subnet-public-ip": {},
  "internet-gateway": { output: "InternetGatewayId", destroy: ["internet-gateway-attachment", "internet-gateway"] },
  "igw-attachment": { output: "InternetGatewayId" },
  "route-table": { output: "RouteTableId", destroy: ["route-table"] },
  route: { output: "RouteTableId" },
  "route-table-association": { output: "AssociationId" },
  "elastic-ip": { output: "AllocationId", destroy: ["elastic-ip"] },
  "nat-gateway": { output: "NatGatewayId", destroy: ["nat-gateway"] },
  "security-group": { output: "GroupId", destroy: ["security-group-references", "security-group"] },
  "security-group-rules": { output: "GroupId" },
  instance: { output: "InstanceId", destroy: ["instance"] },
  "target-group": { output: "TargetGroupArn", destroy: ["target-group"] },
  "load-balancer": { output: "LoadBalancerArn", destroy: ["load-balancer", "load-balancer-enis"] },
  "load-balancer-active": {},
  listener: { output: "ListenerArn", destroy: ["listener"] },
  "target-registration": { output: "TargetGroupArn" },
} as const satisfies Record<string, CreateKindFacts>;

export type CreateStepKind = keyof typeof CREATE_KINDS;

/** A resource kind cleanup deletes as a resource of its own. */
export type OwnResourceKind = { [K in CreateStepKind]: (typeof CREATE_KINDS)[K] extends { destroy: readonly unknown[] } ? K : never }[CreateStepKind];

export const CREATE_STEP_KINDS = Object.keys(CREATE_KINDS) as CreateStepKind[];

/** Every step kind of either direction: the kinds the providers' table must cover. */
export const STEP_KINDS: readonly string[] = [...new Set<string>([...CREATE_STEP_KINDS, ...DESTROY_STEP_KINDS])];

/** Own-property lookup: a kind named `constructor` or `__proto__` is simply unknown. */
function factsOf(kind: string): CreateKindFacts | undefined {
  return Object.hasOwn(CREATE_KINDS, kind) ? (CREATE_KINDS as Record<string, CreateKindFacts>)[kind] : undefined;
}

/**
 * Which output names a kind's AWS id, for steps that create something (null prototype, so
 * `PRIMARY_OUTPUT["constructor"]` is undefined). Settings and waits create nothing.
 *
 * @example PRIMARY_OUTPUT["nat-gateway"] === "NatGatewayId"
 */
export const PRIMARY_OUTPUT: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(CREATE_STEP_KINDS.flatMap((k) => (factsOf(k)?.output ? [[k, factsOf(k)!.output!]] : [])))),
);

/** Kinds that are resources of their own (the others attach, route or configure one). */
export const OWN_RESOURCE_KINDS: ReadonlySet<string> = new Set(CREATE_STEP_KINDS.filter((k) => factsOf(k)?.destroy));

/**
 * The own-resource kind for a recorded kind, or undefined for sub-resources deleted with a parent
 * (and for anything unknown).
 *
 * @example ownResourceKind("nat-gateway") === "nat-gateway"; ownResourceKind("route") === undefined
 */
export function ownResourceKind(kind: string): OwnResourceKind | undefined {
  return OWN_RESOURCE_KINDS.has(kind) ? (kind as OwnResourceKind) : undefined;
}

/**
 * Cleanup's steps for one resource of its own, in order.
 *
 * @example destroyStepsOf("internet-gateway") // ["internet-gateway-attachment", "internet-gateway"]
 */
export function destroyStepsOf(kind: OwnResourceKind): readonly DestroyStepKind[] {
  return factsOf(kind)?.destroy ?? [];
}

/** The action a destroy step's id starts with: waits wait, a revoke updates, the rest delete. */
export function destroyActionOf(kind: DestroyStepKind): "delete" | "update" | "wait" {
  return kind === "load-balancer-enis" ? "wait" : kind === "security-group-references" ? "update" : "delete";
}
