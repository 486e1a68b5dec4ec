import type { EntityCollection } from "../design/schema";
import { KIND_OF_COLLECTION } from "../design/constants";
import { defineRule } from "./define-rule";
import { own } from "../design/own";

/**
 * Ids that point at nothing: the design cannot be built until they are fixed or removed.
 * Route targets are checked by route-target-missing. Written as plain loops because it visits
 * every reference in the document on each validation.
 */
export const referenceMissing = defineRule("reference-missing", "error", ({ design }, emit) => {
  const check = (collection: EntityCollection, entity: { id: string; name: string }, field: string, target: EntityCollection, id: string | null) => {
    if (id === null || own(design[target] as Record<string, unknown>, id) !== undefined) return;
    emit([entity.id], `${collection}.${entity.id}.${field}`, { kind: KIND_OF_COLLECTION[collection], name: entity.name, targetKind: KIND_OF_COLLECTION[target], target: id });
  };
  const each = (collection: EntityCollection, entity: { id: string; name: string }, field: string, target: EntityCollection, ids: readonly string[]) => {
    for (let i = 0; i < ids.length; i++) check(collection, entity, `${field}.${i}`, target, ids[i]);
  };
  for (const s of Object.values(design.subnets)) check("subnets", s, "vpcId", "vpcs", s.vpcId);
  for (const g of Object.values(design.internetGateways)) check("internetGateways", g, "vpcId", "vpcs", g.vpcId);
  for (const n of Object.values(design.natGateways)) {
    check("natGateways", n, "subnetId", "subnets", n.subnetId);
    check("natGateways", n, "elasticIpId", "elasticIps", n.elasticIpId);
  }
  for (const t of Object.values(design.routeTables)) {
    check("routeTables", t, "vpcId", "vpcs", t.vpcId);
    each("routeTables", t, "subnetIds", "subnets", t.subnetIds);
  }
  for (const g of Object.values(design.securityGroups)) {
    check("securityGroups", g, "vpcId", "vpcs", g.vpcId);
    for (const direction of ["ingress", "egress"] as const) {
      g[direction].forEach((rule, i) => rule.peer.kind === "security-group" && check("securityGroups", g, `${direction}.${i}.peer`, "securityGroups", rule.peer.securityGroupId));
    }
  }
  for (const n of Object.values(design.instances)) {
    check("instances", n, "subnetId", "subnets", n.subnetId);
    each("instances", n, "securityGroupIds", "securityGroups", n.securityGroupIds);
  }
  for (const t of Object.values(design.targetGroups)) {
    check("targetGroups", t, "vpcId", "vpcs", t.vpcId);
    each("targetGroups", t, "targets", "instances", t.targets);
  }
  for (const b of Object.values(design.loadBalancers)) {
    each("loadBalancers", b, "subnetIds", "subnets", b.subnetIds);
    each("loadBalancers", b, "securityGroupIds", "securityGroups", b.securityGroupIds);
    b.listeners.forEach((l, i) => check("loadBalancers", b, `listeners.${i}.targetGroupId`, "targetGroups", l.targetGroupId));
  }
});
