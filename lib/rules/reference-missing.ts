import type { Design, EntityCollection, EntityKind } from "../design/schema";
import { KIND_OF_COLLECTION } from "../design/schema";
import { defineRule } from "./define-rule";

/** One id an entity points at: where it is written and which collection must hold it. */
type Ref = { path: string; target: EntityCollection; id: string };

const refs = (prefix: string, target: EntityCollection, ids: readonly (string | null)[]): Ref[] =>
  ids.flatMap((id, index) => (id === null ? [] : [{ path: ids.length === 1 ? prefix : `${prefix}.${index}`, target, id }]));

/** Every reference each collection holds (route targets are checked by route-target-missing). */
const REFERENCES: { [C in EntityCollection]?: (entity: Design[C][string]) => Ref[] } = {
  subnets: (s) => refs("vpcId", "vpcs", [s.vpcId]),
  internetGateways: (g) => refs("vpcId", "vpcs", [g.vpcId]),
  natGateways: (n) => [...refs("subnetId", "subnets", [n.subnetId]), ...refs("elasticIpId", "elasticIps", [n.elasticIpId])],
  routeTables: (t) => [...refs("vpcId", "vpcs", [t.vpcId]), ...t.subnetIds.map((id, i) => ({ path: `subnetIds.${i}`, target: "subnets" as const, id }))],
  securityGroups: (g) => [
    ...refs("vpcId", "vpcs", [g.vpcId]),
    ...(["ingress", "egress"] as const).flatMap((direction) =>
      g[direction].flatMap((rule, i) => (rule.peer.kind === "security-group" ? [{ path: `${direction}.${i}.peer`, target: "securityGroups" as const, id: rule.peer.securityGroupId }] : [])),
    ),
  ],
  instances: (n) => [...refs("subnetId", "subnets", [n.subnetId]), ...n.securityGroupIds.map((id, i) => ({ path: `securityGroupIds.${i}`, target: "securityGroups" as const, id }))],
  targetGroups: (t) => [...refs("vpcId", "vpcs", [t.vpcId]), ...t.targets.map((id, i) => ({ path: `targets.${i}`, target: "instances" as const, id }))],
  loadBalancers: (b) => [
    ...b.subnetIds.map((id, i) => ({ path: `subnetIds.${i}`, target: "subnets" as const, id })),
    ...b.securityGroupIds.map((id, i) => ({ path: `securityGroupIds.${i}`, target: "securityGroups" as const, id })),
    ...b.listeners.map((l, i) => ({ path: `listeners.${i}.targetGroupId`, target: "targetGroups" as const, id: l.targetGroupId })),
  ],
};

/** Ids that point at nothing: the design cannot be built until they are fixed or removed. */
export const referenceMissing = defineRule("reference-missing", "error", ({ design }, emit) => {
  for (const [collection, refsOf] of Object.entries(REFERENCES) as [EntityCollection, (e: unknown) => Ref[]][]) {
    const kind: EntityKind = KIND_OF_COLLECTION[collection];
    for (const entity of Object.values(design[collection]) as { id: string; name: string }[]) {
      for (const ref of refsOf(entity)) {
        if ((design[ref.target] as Record<string, unknown>)[ref.id] !== undefined) continue;
        emit([entity.id], `${collection}.${entity.id}.${ref.path}`, { kind, name: entity.name, targetKind: KIND_OF_COLLECTION[ref.target], target: ref.id });
      }
    }
  }
});
