import { defineRule } from "./define-rule";
import { groupBy, list } from "./helpers";
import { own } from "../design/own";

/** A VPC has exactly one main route table. */
export const routeTableMainDuplicate = defineRule("route-table-main-duplicate", "error", ({ design }, emit) => {
  const mains = groupBy(Object.values(design.routeTables).filter((t) => t.isMain), (t) => t.vpcId);
  for (const [vpcId, tables] of mains) {
    if (tables.length < 2) continue;
    const vpc = own(design.vpcs, vpcId as keyof typeof design.vpcs)?.name ?? vpcId;
    emit(tables.map((t) => t.id), `routeTables.${tables[1].id}.isMain`, { vpc, count: tables.length, tables: list(tables.map((t) => t.name)) });
  }
});

/** A subnet is associated with exactly one route table at a time (AssociateRouteTable fails otherwise). */
export const subnetRouteTableConflict = defineRule("subnet-route-table-conflict", "error", ({ design, explicitTables }, emit) => {
  for (const [subnetId, tables] of explicitTables) {
    const subnet = own(design.subnets, subnetId as keyof typeof design.subnets);
    if (!subnet || tables.length < 2) continue;
    const index = tables[1].subnetIds.indexOf(subnet.id);
    emit([subnet.id, ...tables.map((t) => t.id)], `routeTables.${tables[1].id}.subnetIds.${index}`, { name: subnet.name, count: tables.length, tables: list(tables.map((t) => t.name)) });
  }
});

/** No explicit association: AWS falls back to the main table. Worth knowing, not wrong. */
export const subnetImplicitRouteTable = defineRule("subnet-implicit-route-table", "info", ({ design, explicitTables }, emit) => {
  for (const subnet of Object.values(design.subnets)) {
    if (explicitTables.has(subnet.id)) continue;
    emit([subnet.id], `subnets.${subnet.id}`, { name: subnet.name, vpc: own(design.vpcs, subnet.vpcId)?.name ?? subnet.vpcId });
  }
});
