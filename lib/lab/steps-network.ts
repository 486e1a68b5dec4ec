import { isPublicSubnet } from "../design/routing";
import { expectReach, problem, ruleErrors } from "./problems";
import { LAB_REGION, LAB_SUBNETS, LAB_VPC_CIDR, LAB_ZONES, labSubnet, labVpc } from "./targets";
import type { LabProblem, LabStep } from "./types";

/** Region vs AZ: Seoul, and the two zones the note deploys across. */
const region: LabStep = {
  id: "region",
  check: ({ design }) => [
    ...(design.region === LAB_REGION ? [] : [problem("region", { region: design.region, expected: LAB_REGION })]),
    ...LAB_ZONES.filter((z) => !design.availabilityZones.includes(z)).map((zone) => problem("zone-missing", { zone })),
  ],
};

/** One VPC whose block holds the four lab subnets. */
const vpc: LabStep = {
  id: "vpc",
  check: (ctx) => {
    const found = labVpc(ctx.design);
    if (!found) return [problem("vpc-missing", { cidr: LAB_VPC_CIDR })];
    const wrong = found.cidr === LAB_VPC_CIDR ? [] : [problem("vpc-cidr", { name: found.name, cidr: found.cidr, expected: LAB_VPC_CIDR }, [found.id])];
    return [...wrong, ...ruleErrors(ctx, [found.id])];
  },
};

/** private-a, public-a, public-c, public-nat: CIDRs and zones from the note. */
const subnets: LabStep = {
  id: "subnets",
  check: (ctx) => {
    const out: LabProblem[] = [];
    for (const want of LAB_SUBNETS) {
      const subnet = labSubnet(ctx.design, want.role);
      if (!subnet) {
        out.push(problem("subnet-missing", { role: want.role, cidr: want.cidr }));
        continue;
      }
      if (want.zone && subnet.availabilityZone !== want.zone) out.push(problem("subnet-zone", { name: subnet.name, zone: subnet.availabilityZone, expected: want.zone }, [subnet.id]));
      if (!want.zone && !(LAB_ZONES as readonly string[]).includes(subnet.availabilityZone)) out.push(problem("subnet-zone", { name: subnet.name, zone: subnet.availabilityZone, expected: LAB_ZONES.join(", ") }, [subnet.id]));
      out.push(...ruleErrors(ctx, [subnet.id], (id) => id.startsWith("subnet-")));
    }
    return out;
  },
};

/** An internet gateway attached to the lab VPC. */
const internetGateway: LabStep = {
  id: "internet-gateway",
  check: ({ design }) => {
    const v = labVpc(design);
    const igws = Object.values(design.internetGateways);
    if (igws.some((g) => g.vpcId === v?.id)) return [];
    return igws.length ? [problem("igw-detached", { name: igws[0].name }, [igws[0].id])] : [problem("igw-missing")];
  },
};

/** Public vs private: the three public subnets route 0.0.0.0/0 to the gateway, private-a does not. */
const routeTables: LabStep = {
  id: "route-tables",
  check: ({ design }) => {
    const out: LabProblem[] = [];
    for (const want of LAB_SUBNETS) {
      const subnet = labSubnet(design, want.role);
      if (!subnet) {
        out.push(problem("subnet-missing", { role: want.role, cidr: want.cidr }));
        continue;
      }
      const isPublic = isPublicSubnet(design, subnet.id);
      if (want.isPublic && !isPublic) out.push(problem("subnet-not-public", { name: subnet.name }, [subnet.id]));
      if (!want.isPublic && isPublic) out.push(problem("subnet-not-private", { name: subnet.name }, [subnet.id]));
    }
    return out;
  },
};

/** Why a NAT gateway: private-a gets out (and only out) through one in public-nat, with an Elastic IP. */
const natGateway: LabStep = {
  id: "nat-gateway",
  check: (ctx) => {
    const nats = Object.values(ctx.design.natGateways);
    if (nats.length === 0) return [problem("nat-missing")];
    const privateA = labSubnet(ctx.design, "private-a");
    const out: LabProblem[] = ruleErrors(ctx, nats.map((n) => n.id), (id) => id.startsWith("nat-"));
    if (privateA) {
      const blocked = expectReach(ctx, privateA.id, "internet", 443, "reachable");
      if (blocked) out.push(blocked);
    }
    return out;
  },
};

export const NETWORK_STEPS: readonly LabStep[] = [region, vpc, subnets, internetGateway, routeTables, natGateway];
