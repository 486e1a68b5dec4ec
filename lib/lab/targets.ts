import { contains } from "../cidr/math";
import { parseCidr } from "../cidr/parse";
import type { Design, Instance, SecurityGroup, Subnet, Vpc } from "../design/schema";

/** What the lab note asks for (VPC 실습): Seoul, zones a and c, four /24 subnets. */
export const LAB_REGION = "ap-northeast-2";
export const LAB_ZONES = ["ap-northeast-2a", "ap-northeast-2c"] as const;
export const LAB_VPC_CIDR = "192.168.0.0/16";

export type LabSubnetRole = "private-a" | "public-a" | "public-c" | "public-nat";
export const LAB_SUBNETS: readonly { role: LabSubnetRole; cidr: string; zone: string | null; isPublic: boolean }[] = [
  { role: "private-a", cidr: "192.168.1.0/24", zone: "ap-northeast-2a", isPublic: false },
  { role: "public-a", cidr: "192.168.2.0/24", zone: "ap-northeast-2a", isPublic: true },
  { role: "public-c", cidr: "192.168.3.0/24", zone: "ap-northeast-2c", isPublic: true },
  // The note gives no zone for the NAT subnet; either lab zone is right.
  { role: "public-nat", cidr: "192.168.4.0/24", zone: null, isPublic: true },
];

/** The learner's lab VPC: the one whose block holds the lab subnets, else the first one drawn. */
export function labVpc(design: Design): Vpc | undefined {
  const vpcs = Object.values(design.vpcs);
  const wanted = parseCidr(LAB_SUBNETS[0].cidr);
  return vpcs.find((v) => {
    const block = parseCidr(v.cidr);
    return block.ok && wanted.ok && contains(block.value, wanted.value);
  }) ?? vpcs[0];
}

/** The subnet playing a role, found by its CIDR (names are the learner's choice). */
export function labSubnet(design: Design, role: LabSubnetRole): Subnet | undefined {
  const cidr = LAB_SUBNETS.find((s) => s.role === role)!.cidr;
  const vpc = labVpc(design);
  return Object.values(design.subnets).find((s) => s.cidr === cidr && s.vpcId === vpc?.id);
}

/** The common security group: one in the lab VPC that opens 22 and 80 to everyone (else the first there). */
export function labGroup(design: Design): SecurityGroup | undefined {
  const vpc = labVpc(design);
  const groups = Object.values(design.securityGroups).filter((g) => g.vpcId === vpc?.id);
  return groups.find((g) => [22, 80].every((p) => opensToAll(g, p))) ?? groups[0];
}

/** True when an inbound tcp (or all-traffic) rule admits the port from 0.0.0.0/0. */
export function opensToAll(group: SecurityGroup, port: number): boolean {
  return group.ingress.some((r) => r.peer.kind === "cidr" && r.peer.cidr === "0.0.0.0/0" && (r.protocol === "all" || (r.protocol === "tcp" && r.fromPort <= port && port <= r.toPort)));
}

/** The instance in a role's subnet, if any. */
export function instanceIn(design: Design, role: LabSubnetRole): Instance | undefined {
  const subnet = labSubnet(design, role);
  return subnet ? Object.values(design.instances).find((i) => i.subnetId === subnet.id) : undefined;
}
