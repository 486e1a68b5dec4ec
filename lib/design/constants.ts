/**
 * The document's plain constants, free of the schema library: version, collection names and
 * entity kinds. `schema.ts` re-exports them; import from here where only they are needed.
 */

/** Current document version; `migrate()` brings older documents up to it. */
export const SCHEMA_VERSION = 1;

/** The document's entity collections, in dependency order (what a VPC holds comes after it). */
export const ENTITY_COLLECTIONS = [
  "vpcs",
  "subnets",
  "internetGateways",
  "elasticIps",
  "natGateways",
  "routeTables",
  "securityGroups",
  "instances",
  "targetGroups",
  "loadBalancers",
] as const;

export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];

/** Singular entity kinds, as used in step ids, tags and the UI. */
export type EntityKind =
  | "vpc"
  | "subnet"
  | "internet-gateway"
  | "elastic-ip"
  | "nat-gateway"
  | "route-table"
  | "security-group"
  | "instance"
  | "target-group"
  | "load-balancer";

export const KIND_OF_COLLECTION: Record<EntityCollection, EntityKind> = {
  vpcs: "vpc",
  subnets: "subnet",
  internetGateways: "internet-gateway",
  elasticIps: "elastic-ip",
  natGateways: "nat-gateway",
  routeTables: "route-table",
  securityGroups: "security-group",
  instances: "instance",
  targetGroups: "target-group",
  loadBalancers: "load-balancer",
};
