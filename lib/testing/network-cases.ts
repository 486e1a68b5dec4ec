import { threeTierHa } from "../templates/three-tier-ha";
import { webServer } from "../templates/web-server";
import { azNotInRegion } from "../rules/az-not-in-region";
import { subnetCidrSize, vpcCidrSize } from "../rules/cidr-size";
import { crossVpcReference } from "../rules/cross-vpc-reference";
import { eipShared, internetGatewayDuplicate, natCrossAz, natInPrivateSubnet, natWithoutEip } from "../rules/gateways";
import { awsNameTaken, duplicateName, elbNameInvalid, securityGroupNameInvalid } from "../rules/names";
import { securityGroupTextInvalid } from "../rules/security-group-text";
import { referenceMissing } from "../rules/reference-missing";
import { regionUnknown } from "../rules/region-unknown";
import { routeConflict, routeDuplicate, routeLocalMismatch, routeOverlapsLocal } from "../rules/route-conflicts";
import { routeTableMainDuplicate, subnetImplicitRouteTable, subnetRouteTableConflict } from "../rules/route-tables";
import { internetGatewayNotAttached, routeTargetMissing, routeTargetOtherVpc } from "../rules/route-targets";
import { subnetCidrOverlap } from "../rules/subnet-cidr-overlap";
import { subnetOutsideVpc } from "../rules/subnet-outside-vpc";
import { vpcCidrDockerConflict } from "../rules/vpc-cidr-range";
import { addOtherVpc, type RuleCase } from "./design-fixtures";

const igwRoute = (destination: string, id = "lab-igw") => ({ destination, target: { kind: "internet-gateway" as const, internetGatewayId: id as never } });
const natRoute = (destination: string, id = "lab-nat") => ({ destination, target: { kind: "nat-gateway" as const, natGatewayId: id as never } });

export const NETWORK_CASES: RuleCase[] = [
  { rule: regionUnknown, fire: (d) => { d.region = "sa-east-1"; }, entities: [], near: (d) => { d.region = "ap-northeast-1"; } },
  { rule: azNotInRegion, fire: (d) => { d.subnets["public-c"].availabilityZone = "ap-northeast-2e"; }, entities: ["public-c"], near: (d) => { d.subnets["public-c"].availabilityZone = "ap-northeast-2d"; } },
  { rule: referenceMissing, fire: (d) => { d.instances["web-a"].subnetId = "ghost" as never; }, entities: ["web-a"] },
  { rule: crossVpcReference, fire: (d) => { addOtherVpc(d); d.instances["web-a"].securityGroupIds.push("other-sg" as never); }, entities: ["web-a", "other-sg"], near: addOtherVpc },
  { rule: vpcCidrSize, fire: (d) => { d.vpcs["lab-vpc"].cidr = "192.168.0.0/15"; }, entities: ["lab-vpc"], near: (d) => { d.vpcs["lab-vpc"].cidr = "192.168.0.0/16"; } },
  {
    rule: vpcCidrDockerConflict,
    fire: (d) => { d.vpcs["web-vpc"].cidr = "172.16.0.0/12"; d.subnets["public-a"].cidr = "172.16.1.0/24"; },
    entities: ["web-vpc"],
    base: webServer,
    near: (d) => { d.vpcs["web-vpc"].cidr = "172.18.0.0/16"; d.subnets["public-a"].cidr = "172.18.1.0/24"; },
  },
  { rule: subnetCidrSize, fire: (d) => { d.subnets["private-a"].cidr = "192.168.1.0/29"; }, entities: ["private-a"], near: (d) => { d.subnets["private-a"].cidr = "192.168.1.0/28"; } },
  { rule: subnetOutsideVpc, fire: (d) => { d.subnets["public-a"].cidr = "10.0.2.0/24"; }, entities: ["public-a", "lab-vpc"] },
  {
    rule: subnetCidrOverlap,
    fire: (d) => { d.subnets["extra"] = { ...d.subnets["public-a"], id: "extra" as never, name: "extra", cidr: "10.0.1.128/25" }; },
    entities: ["extra", "public-a"],
    // The string-comparison trap: 10.0.2.0/23 and 10.0.20.0/24 share no address.
    base: webServer,
    near: (d) => {
      d.subnets["public-a"].cidr = "10.0.2.0/23";
      d.subnets["extra"] = { ...d.subnets["public-a"], id: "extra" as never, name: "extra", cidr: "10.0.20.0/24" };
    },
  },
  { rule: duplicateName, fire: (d) => { d.instances["web-c"].name = "web-a"; }, entities: ["web-a", "web-c"], near: (d) => { d.instances["web-c"].name = "web-a2"; } },
  {
    rule: awsNameTaken,
    fire: (d) => { d.securityGroups["lab-sg-2"] = { ...d.securityGroups["lab-sg"], id: "lab-sg-2" as never }; },
    entities: ["lab-sg", "lab-sg-2"],
    near: (d) => { addOtherVpc(d); d.securityGroups["other-sg"].name = "lab-sg"; },
  },
  { rule: elbNameInvalid, fire: (d) => { d.loadBalancers["lab-alb"].name = "internal-lab"; }, entities: ["lab-alb"], near: (d) => { d.loadBalancers["lab-alb"].name = "Lab-ALB-2"; } },
  {
    rule: securityGroupTextInvalid,
    fire: (d) => { d.securityGroups["lab-sg"].ingress[0].description = "웹 서버 HTTP"; },
    entities: ["lab-sg"],
    // Every character AWS lists as allowed, including & (the IpRange reference allows it).
    near: (d) => { d.securityGroups["lab-sg"].description = "Web (HTTP) & SSH: 10.0.0.0/8 #1 [lab]; {a+b=c} !$*,@_-./"; },
  },
  { rule: securityGroupNameInvalid, fire: (d) => { d.securityGroups["lab-sg"].name = "sg-lab"; }, entities: ["lab-sg"], near: (d) => { d.securityGroups["lab-sg"].name = "lab-sg-web"; } },
  { rule: routeTargetMissing, fire: (d) => { d.routeTables["public-rt"].routes[0] = igwRoute("0.0.0.0/0", "ghost-igw"); }, entities: ["public-rt"] },
  {
    rule: routeTargetOtherVpc,
    fire: (d) => { addOtherVpc(d); d.routeTables["public-rt"].routes[0] = igwRoute("0.0.0.0/0", "other-igw"); },
    entities: ["public-rt", "other-igw"],
    near: addOtherVpc,
  },
  { rule: internetGatewayNotAttached, fire: (d) => { d.internetGateways["lab-igw"].vpcId = null; }, entities: ["public-rt", "lab-igw"] },
  { rule: routeDuplicate, fire: (d) => { d.routeTables["public-rt"].routes.push(igwRoute("0.0.0.0/0")); }, entities: ["public-rt"], near: (d) => { d.routeTables["public-rt"].routes.push(natRoute("0.0.0.0/0")); } },
  { rule: routeConflict, fire: (d) => { d.routeTables["public-rt"].routes.push(natRoute("0.0.0.0/0")); }, entities: ["public-rt"], near: (d) => { d.routeTables["public-rt"].routes.push(igwRoute("0.0.0.0/0")); } },
  {
    rule: routeOverlapsLocal,
    fire: (d) => { d.routeTables["public-rt"].routes.push(igwRoute("192.168.5.0/24")); },
    entities: ["public-rt"],
    // Middlebox routing: a NAT gateway for exactly one subnet's CIDR is allowed.
    near: (d) => { d.routeTables["public-rt"].routes.push(natRoute("192.168.1.0/24"), igwRoute("10.0.0.0/8")); },
  },
  {
    rule: routeLocalMismatch,
    fire: (d) => { d.routeTables["public-rt"].routes.push({ destination: "192.168.0.0/24", target: { kind: "local" } }); },
    entities: ["public-rt"],
    near: (d) => { d.routeTables["public-rt"].routes.push({ destination: "192.168.0.0/16", target: { kind: "local" } }); },
  },
  { rule: routeTableMainDuplicate, fire: (d) => { d.routeTables["public-rt"].isMain = true; d.routeTables["private-rt"].isMain = true; }, entities: ["public-rt", "private-rt"], near: (d) => { d.routeTables["private-rt"].isMain = true; } },
  { rule: subnetRouteTableConflict, fire: (d) => { d.routeTables["private-rt"].subnetIds.push("public-a" as never); }, entities: ["public-a", "public-rt", "private-rt"] },
  { rule: subnetImplicitRouteTable, fire: (d) => { d.routeTables["private-rt"].subnetIds = []; }, entities: ["private-a"] },
  {
    rule: internetGatewayDuplicate,
    fire: (d) => { d.internetGateways["igw-2"] = { id: "igw-2" as never, name: "igw-2", vpcId: "lab-vpc" as never }; },
    entities: ["lab-igw", "igw-2"],
    near: (d) => { d.internetGateways["igw-2"] = { id: "igw-2" as never, name: "igw-2", vpcId: null }; },
  },
  { rule: natInPrivateSubnet, fire: (d) => { d.natGateways["lab-nat"].subnetId = "private-a" as never; }, entities: ["lab-nat", "private-a"] },
  { rule: natWithoutEip, fire: (d) => { d.natGateways["lab-nat"].elasticIpId = null; }, entities: ["lab-nat"] },
  {
    rule: eipShared,
    fire: (d) => { d.natGateways["nat-2"] = { ...d.natGateways["lab-nat"], id: "nat-2" as never, name: "nat-2", subnetId: "public-c" as never }; },
    entities: ["nat-eip", "lab-nat", "nat-2"],
  },
  {
    rule: natCrossAz,
    fire: (d) => { d.routeTables["app-rt-a"].subnetIds = []; d.routeTables["app-rt-c"].subnetIds.push("app-a" as never); },
    entities: ["app-a", "nat-c"],
    base: threeTierHa,
    near: (d) => { d.routeTables["app-rt-a"].subnetIds.push("data-a" as never); d.routeTables["data-rt"].subnetIds = ["data-c" as never]; },
  },
];

