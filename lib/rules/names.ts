import type { EntityCollection } from "../design/schema";
import { KIND_OF_COLLECTION } from "../design/constants";
import { defineRule } from "./define-rule";
import { groupBy } from "./helpers";

/** Collections whose names AWS does not force to be unique (they are Name tags). */
const TAG_NAMED: readonly EntityCollection[] = ["vpcs", "subnets", "internetGateways", "elasticIps", "natGateways", "routeTables", "instances"];

/** Two entities of a kind with one name: legal, but confusing in the console and in logs. */
export const duplicateName = defineRule("duplicate-name", "warning", ({ design }, emit) => {
  for (const collection of TAG_NAMED) {
    const entities = Object.values(design[collection]) as { id: string; name: string }[];
    for (const [name, same] of groupBy(entities, (e) => e.name)) {
      if (same.length < 2) continue;
      emit(same.map((e) => e.id), `${collection}.${same[1].id}.name`, { kind: KIND_OF_COLLECTION[collection], name, count: same.length });
    }
  }
});

/**
 * Names AWS itself requires to be unique: security groups per VPC (InvalidGroup.Duplicate),
 * load balancers and target groups per region (DuplicateLoadBalancerName / DuplicateTargetGroupName).
 */
export const awsNameTaken = defineRule("aws-name-taken", "error", ({ design }, emit) => {
  const groups: [EntityCollection, Map<string, { id: string; name: string }[]>][] = [
    // EC2 compares group names case-insensitively within a VPC (docs/aws-facts.md §13.1).
    ["securityGroups", groupBy(Object.values(design.securityGroups), (g) => `${g.vpcId}\u0000${g.name.toLowerCase()}`)],
    ["loadBalancers", groupBy(Object.values(design.loadBalancers), (b) => b.name.toLowerCase())],
    ["targetGroups", groupBy(Object.values(design.targetGroups), (t) => t.name.toLowerCase())],
  ];
  for (const [collection, byName] of groups) {
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      emit(same.map((e) => e.id), `${collection}.${same[1].id}.name`, { kind: KIND_OF_COLLECTION[collection], name: same[0].name, count: same.length });
    }
  }
});

const ELB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/** Load balancer and target group names: ≤ 32 alphanumerics and hyphens, no leading/trailing hyphen, no "internal-". */
export const elbNameInvalid = defineRule("elb-name-invalid", "error", ({ design }, emit) => {
  for (const b of Object.values(design.loadBalancers)) {
    if (!ELB_NAME.test(b.name) || b.name.toLowerCase().startsWith("internal-")) emit([b.id], `loadBalancers.${b.id}.name`, { kind: "load-balancer", name: b.name });
  }
  for (const t of Object.values(design.targetGroups)) {
    if (!ELB_NAME.test(t.name)) emit([t.id], `targetGroups.${t.id}.name`, { kind: "target-group", name: t.name });
  }
});

/** Security group names may not start with "sg-" (AWS reserves it for group ids). */
export const securityGroupNameInvalid = defineRule("security-group-name-invalid", "error", ({ design }, emit) => {
  for (const g of Object.values(design.securityGroups)) {
    if (g.name.toLowerCase().startsWith("sg-")) emit([g.id], `securityGroups.${g.id}.name`, { name: g.name });
  }
});
