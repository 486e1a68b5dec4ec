import { contains } from "../cidr/math";
import { parseCidr } from "../cidr/parse";
import { defineRule } from "./define-rule";
import { groupBy } from "./helpers";
import { own } from "../design/own";

/** Same destination twice in one table: identical routes are `route-duplicate`, different targets `route-conflict`. */
function sameDestination(kind: "duplicate" | "conflict") {
  return defineRule(kind === "duplicate" ? "route-duplicate" : "route-conflict", "error", ({ design }, emit) => {
    for (const table of Object.values(design.routeTables)) {
      const indexed = table.routes.map((route, index) => ({ route, index }));
      for (const [destination, routes] of groupBy(indexed, (r) => canonical(r.route.destination))) {
        if (routes.length < 2) continue;
        const targets = new Set(routes.map((r) => JSON.stringify(r.route.target)));
        if ((targets.size === 1) !== (kind === "duplicate")) continue;
        emit([table.id], `routeTables.${table.id}.routes.${routes[1].index}.destination`, { table: table.name, destination });
      }
    }
  });
}

const canonical = (text: string) => text.trim();

export const routeDuplicate = sameDestination("duplicate");
export const routeConflict = sameDestination("conflict");

/**
 * The local route owns the VPC's own range: a route inside it is refused, except the
 * "middlebox" case of a NAT gateway route for exactly one subnet's CIDR (docs/aws-facts.md §2.1).
 */
export const routeOverlapsLocal = defineRule("route-overlaps-local", "error", ({ design, vpcCidr, subnetsByVpc }, emit) => {
  for (const table of Object.values(design.routeTables)) {
    const vpc = vpcCidr.get(table.vpcId);
    if (!vpc) continue;
    table.routes.forEach((route, i) => {
      const parsed = parseCidr(route.destination);
      if (route.target.kind === "local" || !parsed.ok || !contains(vpc, parsed.value)) return;
      const middlebox = route.target.kind === "nat-gateway" && (subnetsByVpc.get(table.vpcId) ?? []).some((s) => canonical(s.cidr) === canonical(route.destination));
      if (!middlebox) emit([table.id], `routeTables.${table.id}.routes.${i}.destination`, { table: table.name, destination: route.destination, vpcCidr: own(design.vpcs, table.vpcId)?.cidr ?? "" });
    });
  }
});

/** An explicit `local` route can only be the VPC's own CIDR. */
export const routeLocalMismatch = defineRule("route-local-mismatch", "error", ({ design, vpcCidr }, emit) => {
  for (const table of Object.values(design.routeTables)) {
    const vpc = vpcCidr.get(table.vpcId);
    if (!vpc) continue;
    table.routes.forEach((route, i) => {
      const parsed = parseCidr(route.destination);
      if (route.target.kind !== "local" || !parsed.ok) return;
      if (parsed.value.base !== vpc.base || parsed.value.prefix !== vpc.prefix) {
        emit([table.id], `routeTables.${table.id}.routes.${i}.destination`, { table: table.name, destination: route.destination, vpcCidr: own(design.vpcs, table.vpcId)?.cidr ?? "" });
      }
    });
  }
});
