import { SCHEMA_VERSION } from "./constants";
import type { Design } from "./schema";

/** A blank design in a region, with nothing drawn yet. */
export function emptyDesign(region = "ap-northeast-2", name = "Untitled network"): Design {
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    region,
    availabilityZones: [],
    vpcs: {},
    subnets: {},
    internetGateways: {},
    elasticIps: {},
    natGateways: {},
    routeTables: {},
    securityGroups: {},
    instances: {},
    targetGroups: {},
    loadBalancers: {},
    layout: {},
  };
}
