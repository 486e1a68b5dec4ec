import { availabilityZonesOf } from "../catalog/regions";
import { emptyDesign } from "../design/empty";
import type { Design } from "../design/schema";
import { allowAllEgress, defaultHealthCheck, ingress } from "../templates/parts";

export type LargeDesignShape = { vpcs: number; azs: number; subnetsPerAz: number; instancesPerVpc: number };

/** 20 VPCs × 4 AZs × 12 subnets plus gateways, tables, groups, instances and ALBs: about 2,000 entities. */
export const BENCH_SHAPE: LargeDesignShape = { vpcs: 20, azs: 4, subnetsPerAz: 12, instancesPerVpc: 36 };

/** Counts every entity in every collection. */
export function entityCount(design: Design): number {
  return Object.values(design).reduce<number>((n, v) => n + (v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v).length : 0), 0) - Object.keys(design.layout).length;
}

/**
 * A realistic, valid multi-VPC design for benchmarks: per VPC, 3 public subnets per AZ behind
 * one IGW table, the rest private with a NAT gateway per AZ, an ALB over the first public
 * subnet of each AZ, and instances spread over the private subnets.
 */
export function generateLargeDesign(shape: LargeDesignShape = BENCH_SHAPE): Design {
  const design = emptyDesign("ap-northeast-2", "Benchmark network") as Record<string, unknown> & Design;
  const zones = availabilityZonesOf("ap-northeast-2").slice(0, shape.azs);
  design.availabilityZones = [...zones];
  for (let v = 0; v < shape.vpcs; v++) addVpc(design as Loose, v, zones, shape);
  return design;
}

type Loose = Record<string, Record<string, unknown>>;

function addVpc(d: Loose, v: number, zones: readonly string[], shape: LargeDesignShape): void {
  const vpc = `vpc-${v}`;
  d.vpcs[vpc] = { id: vpc, name: vpc, cidr: `10.${v}.0.0/16` };
  d.internetGateways[`igw-${v}`] = { id: `igw-${v}`, name: `igw-${v}`, vpcId: vpc };
  const publicIds: string[] = [];
  const albSubnets: string[] = [];
  const privateIds: string[] = [];
  zones.forEach((zone, z) => {
    const privateHere: string[] = [];
    for (let k = 0; k < shape.subnetsPerAz; k++) {
      const id = `s-${v}-${z}-${k}`;
      d.subnets[id] = { id, name: id, vpcId: vpc, availabilityZone: zone, cidr: `10.${v}.${z * shape.subnetsPerAz + k}.0/24`, mapPublicIpOnLaunch: k < 3 };
      (k < 3 ? publicIds : privateHere).push(id);
    }
    albSubnets.push(`s-${v}-${z}-0`);
    const nat = `nat-${v}-${z}`;
    d.elasticIps[`eip-${v}-${z}`] = { id: `eip-${v}-${z}`, name: `eip-${v}-${z}` };
    d.natGateways[nat] = { id: nat, name: nat, subnetId: `s-${v}-${z}-0`, elasticIpId: `eip-${v}-${z}` };
    d.routeTables[`rt-${v}-${z}`] = { id: `rt-${v}-${z}`, name: `rt-${v}-${z}`, vpcId: vpc, isMain: false, routes: [{ destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: nat } }], subnetIds: privateHere };
    privateIds.push(...privateHere);
  });
  d.routeTables[`rt-${v}-public`] = { id: `rt-${v}-public`, name: `rt-${v}-public`, vpcId: vpc, isMain: false, routes: [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: `igw-${v}` } }], subnetIds: publicIds };
  addCompute(d, v, vpc, albSubnets, privateIds, shape.instancesPerVpc);
}

function addCompute(d: Loose, v: number, vpc: string, albSubnets: string[], privateIds: string[], count: number): void {
  const alb = `alb-sg-${v}`;
  const app = `app-sg-${v}`;
  d.securityGroups[alb] = { id: alb, name: alb, description: "", vpcId: vpc, ingress: [ingress("tcp", 80, "0.0.0.0/0", "HTTP")], egress: [allowAllEgress()] };
  d.securityGroups[app] = {
    id: app, name: app, description: "", vpcId: vpc,
    ingress: [{ protocol: "tcp", fromPort: 80, toPort: 80, peer: { kind: "security-group", securityGroupId: alb }, description: "" }, ingress("tcp", 22, "10.0.0.0/8", "SSH")],
    egress: [allowAllEgress()],
  };
  const targets: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `i-${v}-${i}`;
    d.instances[id] = { id, name: id, instanceType: "t3.micro", subnetId: privateIds[i % privateIds.length], securityGroupIds: [app], image: "ubuntu-24.04", associatePublicIp: false, userData: "" };
    if (i < 8) targets.push(id);
  }
  d.targetGroups[`tg-${v}`] = { id: `tg-${v}`, name: `tg-${v}`, vpcId: vpc, protocol: "HTTP", port: 80, healthCheck: defaultHealthCheck(), targets };
  d.loadBalancers[`alb-${v}`] = { id: `alb-${v}`, name: `alb-${v}`, scheme: "internet-facing", subnetIds: albSubnets, securityGroupIds: [alb], listeners: [{ protocol: "HTTP", port: 80, targetGroupId: `tg-${v}` }] };
}
