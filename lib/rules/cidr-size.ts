import { MAX_PREFIX, MIN_PREFIX } from "../cidr/constants";
import { defineRule } from "./define-rule";

const outOfRange = (prefix: number) => prefix < MIN_PREFIX || prefix > MAX_PREFIX;

/** VPC blocks must be /16–/28 (InvalidVpc.Range otherwise). */
export const vpcCidrSize = defineRule("vpc-cidr-size", "error", ({ design, vpcCidr }, emit) => {
  for (const vpc of Object.values(design.vpcs)) {
    const cidr = vpcCidr.get(vpc.id);
    if (cidr && outOfRange(cidr.prefix)) emit([vpc.id], `vpcs.${vpc.id}.cidr`, { name: vpc.name, cidr: vpc.cidr, prefix: cidr.prefix });
  }
});

/** Subnet blocks must be /16–/28 (InvalidSubnet.Range otherwise). */
export const subnetCidrSize = defineRule("subnet-cidr-size", "error", ({ design, subnetCidr }, emit) => {
  for (const subnet of Object.values(design.subnets)) {
    const cidr = subnetCidr.get(subnet.id);
    if (cidr && outOfRange(cidr.prefix)) emit([subnet.id], `subnets.${subnet.id}.cidr`, { name: subnet.name, cidr: subnet.cidr, prefix: cidr.prefix });
  }
});
