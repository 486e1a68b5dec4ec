import { defineRule } from "./define-rule";

/**
 * Availability zones must belong to the design's region. For a region outside the catalogue
 * the zone must at least be the region's name plus one letter (us-east-1a for us-east-1).
 */
export const azNotInRegion = defineRule("az-not-in-region", "error", (ctx, emit) => {
  const { design, region } = ctx;
  const zones = region ? region.availabilityZones.join(", ") : `${design.region}a, ${design.region}b, …`;
  const inRegion = (zone: string) =>
    region ? region.availabilityZones.includes(zone) : zone.length === design.region.length + 1 && zone.startsWith(design.region);
  design.availabilityZones.forEach((zone, index) => {
    if (!inRegion(zone)) emit([], `availabilityZones.${index}`, { kind: "design", name: design.name, zone, region: design.region, zones });
  });
  for (const subnet of Object.values(design.subnets)) {
    if (inRegion(subnet.availabilityZone)) continue;
    emit([subnet.id], `subnets.${subnet.id}.availabilityZone`, { kind: "subnet", name: subnet.name, zone: subnet.availabilityZone, region: design.region, zones });
  }
});
