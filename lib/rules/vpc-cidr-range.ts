import { overlaps } from "../cidr/math";
import { mustParseCidr } from "../cidr/parse";
import { defineRule } from "./define-rule";

const DOCKER_BRIDGE = mustParseCidr("172.17.0.0/16");

/** AWS accepts 172.17.0.0/16 but advises against it: Docker and some AWS services use it (docs/aws-facts.md §1.5). */
export const vpcCidrDockerConflict = defineRule("vpc-cidr-docker-conflict", "warning", ({ design, vpcCidr }, emit) => {
  for (const vpc of Object.values(design.vpcs)) {
    const cidr = vpcCidr.get(vpc.id);
    if (cidr && overlaps(cidr, DOCKER_BRIDGE)) emit([vpc.id], `vpcs.${vpc.id}.cidr`, { name: vpc.name, cidr: vpc.cidr });
  }
});
