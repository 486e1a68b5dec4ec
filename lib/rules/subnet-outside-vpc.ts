import { contains } from "../cidr/math";
import { defineRule } from "./define-rule";
import { own } from "../design/own";

/** A subnet's block must lie inside its VPC's block (InvalidSubnet.Range). */
export const subnetOutsideVpc = defineRule("subnet-outside-vpc", "error", ({ design, vpcCidr, subnetCidr }, emit) => {
  for (const subnet of Object.values(design.subnets)) {
    const vpc = own(design.vpcs, subnet.vpcId);
    const outer = vpcCidr.get(subnet.vpcId);
    const inner = subnetCidr.get(subnet.id);
    if (!vpc || !outer || !inner || contains(outer, inner)) continue;
    emit([subnet.id, vpc.id], `subnets.${subnet.id}.cidr`, { name: subnet.name, cidr: subnet.cidr, vpc: vpc.name, vpcCidr: vpc.cidr });
  }
});
