import { lastAddress } from "../cidr/math";
import type { Cidr } from "../cidr/parse";
import type { Subnet } from "../design/schema";
import { defineRule } from "./define-rule";

/**
 * Subnets of one VPC must not share addresses (InvalidSubnet.Conflict). Sorted by base, then
 * one sweep: each subnet is compared with the block reaching furthest so far, so the check is
 * O(n log n) per VPC and every overlapping subnet is reported at least once.
 */
export const subnetCidrOverlap = defineRule("subnet-cidr-overlap", "error", ({ subnetsByVpc, subnetCidr }, emit) => {
  for (const subnets of subnetsByVpc.values()) {
    const blocks = subnets
      .map((subnet) => ({ subnet, cidr: subnetCidr.get(subnet.id) }))
      .filter((b): b is { subnet: Subnet; cidr: Cidr } => b.cidr !== undefined)
      .sort((a, b) => a.cidr.base - b.cidr.base || a.cidr.prefix - b.cidr.prefix || (a.subnet.id < b.subnet.id ? -1 : 1));
    let reach: { subnet: Subnet; end: number } | undefined;
    for (const { subnet, cidr } of blocks) {
      if (reach && cidr.base <= reach.end) {
        const other = reach.subnet;
        emit([subnet.id, other.id], `subnets.${subnet.id}.cidr`, { name: subnet.name, cidr: subnet.cidr, other: other.name, otherCidr: other.cidr });
      }
      const end = lastAddress(cidr);
      if (!reach || end > reach.end) reach = { subnet, end };
    }
  }
});
