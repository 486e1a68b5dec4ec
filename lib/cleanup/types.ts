/**
 * What cleanup knows about a deployment: the resources the journal recorded (or the sweep
 * found by tag), never the current design, which may have changed since the deploy.
 */

/** Resource kinds cleanup deletes itself; sub-resources (routes, rules, attachments) go with their parent. */
export type TeardownKind =
  | "listener"
  | "load-balancer"
  | "target-group"
  | "instance"
  | "nat-gateway"
  | "elastic-ip"
  | "security-group"
  | "route-table"
  | "subnet"
  | "internet-gateway"
  | "vpc";

/**
 * One resource as the journal recorded it (or the sweep found it by tag): `awsId` is the id
 * or ARN AWS returned; it is missing when a create began and never ended, and then cleanup
 * finds the resource by its tags instead.
 */
export type RecordedResource = {
  logicalId: string;
  kind: string;
  awsId?: string;
  attributes?: Record<string, string>;
};

/** A recorded resource whose kind cleanup acts on, with its AWS id known. */
export type TeardownResource = RecordedResource & { kind: TeardownKind; awsId: string };

export const TEARDOWN_KINDS: readonly TeardownKind[] = [
  "listener",
  "load-balancer",
  "target-group",
  "instance",
  "nat-gateway",
  "elastic-ip",
  "security-group",
  "route-table",
  "subnet",
  "internet-gateway",
  "vpc",
];

/** Other spellings the engine or the sweep may use for the same kinds. */
const ALIASES: Record<string, TeardownKind> = {
  alb: "load-balancer",
  loadbalancer: "load-balancer",
  "elastic-load-balancer": "load-balancer",
  igw: "internet-gateway",
  "internetgateway": "internet-gateway",
  natgateway: "nat-gateway",
  nat: "nat-gateway",
  eip: "elastic-ip",
  address: "elastic-ip",
  "elasticip": "elastic-ip",
  sg: "security-group",
  securitygroup: "security-group",
  routetable: "route-table",
  targetgroup: "target-group",
};

/** The teardown kind for a recorded kind, or undefined for sub-resources deleted with a parent. */
export function teardownKind(kind: string): TeardownKind | undefined {
  const key = kind.toLowerCase();
  if ((TEARDOWN_KINDS as readonly string[]).includes(key)) return key as TeardownKind;
  return ALIASES[key.replace(/[_\s]/g, "-")] ?? ALIASES[key.replace(/[-_\s]/g, "")];
}

/** Keeps the resources cleanup acts on (one per AWS id), dropping sub-resources like routes. */
export function teardownResources(recorded: readonly RecordedResource[]): TeardownResource[] {
  const seen = new Set<string>();
  const out: TeardownResource[] = [];
  for (const resource of recorded) {
    const kind = teardownKind(resource.kind);
    if (!kind || !resource.awsId || seen.has(`${kind}:${resource.awsId}`)) continue;
    seen.add(`${kind}:${resource.awsId}`);
    out.push({ ...resource, kind, awsId: resource.awsId });
  }
  return out;
}
