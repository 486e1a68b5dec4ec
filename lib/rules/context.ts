import { parseCidr, type Cidr } from "../cidr/parse";
import { getRegion, type RegionInfo } from "../catalog/regions";
import { DEFAULT_ROUTE } from "../design/routing";
import type { Design, RouteTable, Subnet } from "../design/schema";
import { own } from "../design/own";

export type Egress = "internet-gateway" | "nat-gateway" | "none";

/**
 * Indexes built once per validation so every rule is linear in the design's size. Routing
 * answers (effective table, public, egress) follow lib/design/routing.ts exactly — a unit test
 * holds them equal — but cost O(tables + associations) once instead of O(tables) per question.
 */
export type ValidationContext = {
  readonly design: Design;
  readonly region: RegionInfo | undefined;
  /** Parsed CIDRs of VPCs and subnets that parse (the schema guarantees it for loaded documents). */
  readonly vpcCidr: ReadonlyMap<string, Cidr>;
  readonly subnetCidr: ReadonlyMap<string, Cidr>;
  readonly subnetsByVpc: ReadonlyMap<string, readonly Subnet[]>;
  /** Every table that explicitly lists the subnet, in document order (AWS allows only one). */
  readonly explicitTables: ReadonlyMap<string, readonly RouteTable[]>;
  readonly mainTable: ReadonlyMap<string, RouteTable>;
  effectiveTable(subnetId: string): RouteTable | undefined;
  isPublic(subnetId: string): boolean;
  egress(subnetId: string): Egress;
};

/** Builds the shared indexes for one design; O(entities). */
export function buildContext(design: Design): ValidationContext {
  const vpcCidr = parseAll(Object.values(design.vpcs));
  const subnetCidr = parseAll(Object.values(design.subnets));
  const subnetsByVpc = new Map<string, Subnet[]>();
  for (const subnet of Object.values(design.subnets)) pushTo(subnetsByVpc, subnet.vpcId, subnet);
  const explicitTables = new Map<string, RouteTable[]>();
  const mainTable = new Map<string, RouteTable>();
  for (const table of Object.values(design.routeTables)) {
    for (const subnetId of new Set(table.subnetIds)) pushTo(explicitTables, subnetId, table);
    if (table.isMain && !mainTable.has(table.vpcId)) mainTable.set(table.vpcId, table);
  }
  const effectiveTable = (subnetId: string) => {
    const subnet = design.subnets[subnetId as keyof Design["subnets"]];
    if (!subnet) return undefined;
    return explicitTables.get(subnetId)?.[0] ?? mainTable.get(subnet.vpcId);
  };
  const egress = memo((subnetId: string) => egressOf(design, effectiveTable(subnetId), design.subnets[subnetId as keyof Design["subnets"]]));
  return {
    design,
    region: getRegion(design.region),
    vpcCidr,
    subnetCidr,
    subnetsByVpc,
    explicitTables,
    mainTable,
    effectiveTable,
    isPublic: (subnetId) => egress(subnetId) === "internet-gateway",
    egress,
  };
}

function egressOf(design: Design, table: RouteTable | undefined, subnet: Subnet | undefined): Egress {
  if (!table || !subnet) return "none";
  let viaNat = false;
  for (const route of table.routes) {
    if (route.destination !== DEFAULT_ROUTE) continue;
    if (route.target.kind === "internet-gateway" && own(design.internetGateways, route.target.internetGatewayId)?.vpcId === subnet.vpcId) {
      return "internet-gateway";
    }
    if (route.target.kind === "nat-gateway" && own(design.natGateways, route.target.natGatewayId)) viaNat = true;
  }
  return viaNat ? "nat-gateway" : "none";
}

function parseAll(entities: readonly { id: string; cidr: string }[]): Map<string, Cidr> {
  const out = new Map<string, Cidr>();
  for (const entity of entities) {
    const parsed = parseCidr(entity.cidr);
    if (parsed.ok) out.set(entity.id, parsed.value);
  }
  return out;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function memo<V>(compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}
