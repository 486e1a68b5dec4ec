import type { Design } from "../design/schema";
import { seedLab } from "../templates/seed-lab";
import type { Rule } from "../rules/types";

/** One rule's firing and non-firing cases, used by the table-driven rule tests. */
export type RuleCase = {
  rule: Rule;
  /** Turns a clean base design into one the rule must flag. */
  fire: (d: Design) => void;
  /** Ids the finding must name. */
  entities: string[];
  /** A near miss the rule must NOT flag (defaults to the untouched base). */
  near?: (d: Design) => void;
  /** Defaults to the seed lab. */
  base?: () => Design;
};

/** A fresh seed lab, or the result of applying `edit` to one. */
export function seed(edit?: (d: Design) => void): Design {
  const design = structuredClone(seedLab());
  edit?.(design);
  return design;
}

/** Applies an edit to a fresh copy of `base`. */
export function edited(base: () => Design, edit?: (d: Design) => void): Design {
  const design = structuredClone(base());
  edit?.(design);
  return design;
}

/** Adds a second VPC (10.1.0.0/16) with a security group and an attached internet gateway. */
export function addOtherVpc(d: Design): void {
  d.vpcs["other-vpc"] = { id: "other-vpc" as never, name: "other-vpc", cidr: "10.1.0.0/16" };
  d.securityGroups["other-sg"] = { id: "other-sg" as never, name: "other-sg", description: "", vpcId: "other-vpc" as never, ingress: [], egress: [] };
  d.internetGateways["other-igw"] = { id: "other-igw" as never, name: "other-igw", vpcId: "other-vpc" as never };
}

/** A tcp ingress rule from a CIDR. */
export function tcpFrom(fromPort: number, toPort: number, cidr: string): Design["securityGroups"][string]["ingress"][number] {
  return { protocol: "tcp", fromPort, toPort, peer: { kind: "cidr", cidr }, description: "" };
}
