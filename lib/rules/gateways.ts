import { defineRule } from "./define-rule";
import { groupBy, list } from "./helpers";
import { own } from "../design/own";

/** One internet gateway per VPC (hard limit). */
export const internetGatewayDuplicate = defineRule("internet-gateway-duplicate", "error", ({ design }, emit) => {
  for (const [vpcId, gateways] of groupBy(Object.values(design.internetGateways), (g) => g.vpcId)) {
    if (gateways.length < 2) continue;
    const vpc = own(design.vpcs, vpcId as keyof typeof design.vpcs)?.name ?? vpcId;
    emit(gateways.map((g) => g.id), `internetGateways.${gateways[1].id}.vpcId`, { vpc, count: gateways.length, gateways: list(gateways.map((g) => g.name)) });
  }
});

/** A public NAT gateway must sit in a public subnet, or it cannot forward anything out. */
export const natInPrivateSubnet = defineRule("nat-in-private-subnet", "error", ({ design, isPublic }, emit) => {
  for (const nat of Object.values(design.natGateways)) {
    const subnet = own(design.subnets, nat.subnetId);
    if (subnet && !isPublic(subnet.id)) emit([nat.id, subnet.id], `natGateways.${nat.id}.subnetId`, { name: nat.name, subnet: subnet.name });
  }
});

/** A public NAT gateway needs its Elastic IP at creation; it cannot be added later. */
export const natWithoutEip = defineRule("nat-without-eip", "error", ({ design }, emit) => {
  for (const nat of Object.values(design.natGateways)) {
    if (nat.elasticIpId === null) emit([nat.id], `natGateways.${nat.id}.elasticIpId`, { name: nat.name });
  }
});

/** An Elastic IP can back one NAT gateway only. */
export const eipShared = defineRule("eip-shared", "error", ({ design }, emit) => {
  for (const [eipId, nats] of groupBy(Object.values(design.natGateways), (n) => n.elasticIpId)) {
    if (nats.length < 2) continue;
    const eip = own(design.elasticIps, eipId as keyof typeof design.elasticIps)?.name ?? eipId;
    emit([eipId, ...nats.map((n) => n.id)], `natGateways.${nats[1].id}.elasticIpId`, { eip, count: nats.length, nats: list(nats.map((n) => n.name)) });
  }
});

/**
 * A NAT gateway is zonal: a private subnet whose default route leaves its AZ pays cross-AZ
 * data charges and loses egress when the NAT's AZ fails (docs/aws-facts.md §2.4).
 */
export const natCrossAz = defineRule("nat-cross-az", "warning", ({ design, isPublic, effectiveTable }, emit) => {
  for (const subnet of Object.values(design.subnets)) {
    if (isPublic(subnet.id)) continue;
    const table = effectiveTable(subnet.id);
    table?.routes.forEach((route, i) => {
      if (route.destination !== "0.0.0.0/0" || route.target.kind !== "nat-gateway") return;
      const nat = own(design.natGateways, route.target.natGatewayId);
      const natZone = nat && own(design.subnets, nat.subnetId)?.availabilityZone;
      if (!nat || !natZone || natZone === subnet.availabilityZone) return;
      emit([subnet.id, nat.id], `routeTables.${table.id}.routes.${i}.target`, { subnet: subnet.name, zone: subnet.availabilityZone, nat: nat.name, natZone });
    });
  }
});
