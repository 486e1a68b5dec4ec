import type { Design } from "../design/schema";
import { SCHEMA_VERSION } from "../design/constants";
import { allowAllEgress, defaultHealthCheck, ingress } from "./parts";
import { NGINX_USER_DATA } from "./web-user-data";

const REGION = "ap-northeast-2";
const VPC = "ha-vpc";
const AZS = { a: `${REGION}a`, c: `${REGION}c` } as const;
type Side = keyof typeof AZS;

const subnet = (id: string, side: Side, cidr: string, mapPublicIpOnLaunch = false) => ({
  id, name: id, vpcId: VPC, availabilityZone: AZS[side], cidr, mapPublicIpOnLaunch,
});

const table = (id: string, routes: unknown[], subnetIds: string[]) => ({ id, name: id, vpcId: VPC, isMain: false, routes, subnetIds });

const fromGroup = (port: number, securityGroupId: string, description: string) => ({
  protocol: "tcp", fromPort: port, toPort: port, peer: { kind: "security-group", securityGroupId }, description,
});

const app = (id: string, subnetId: string) => ({
  id, name: id, instanceType: "t3.small", subnetId, securityGroupIds: ["app-sg"], image: "amazon-linux-2023", associatePublicIp: false, userData: NGINX_USER_DATA,
});

/**
 * A two-AZ, three-tier network: public, app and data subnets in ap-northeast-2a and 2c; one NAT
 * gateway per AZ with each AZ's app subnet routed to its own NAT (no cross-AZ dependency); data
 * subnets with no internet route; an internet-facing ALB in both public subnets forwarding to
 * an app instance per AZ, which accepts HTTP only from the ALB's security group.
 */
export function threeTierHa(): Design {
  const design = {
    schemaVersion: SCHEMA_VERSION,
    name: "Three-tier, two AZs",
    region: REGION,
    availabilityZones: [AZS.a, AZS.c],
    vpcs: { [VPC]: { id: VPC, name: VPC, cidr: "10.0.0.0/16" } },
    subnets: {
      "public-a": subnet("public-a", "a", "10.0.0.0/24", true),
      "public-c": subnet("public-c", "c", "10.0.1.0/24", true),
      "app-a": subnet("app-a", "a", "10.0.10.0/24"),
      "app-c": subnet("app-c", "c", "10.0.11.0/24"),
      "data-a": subnet("data-a", "a", "10.0.20.0/24"),
      "data-c": subnet("data-c", "c", "10.0.21.0/24"),
    },
    internetGateways: { "ha-igw": { id: "ha-igw", name: "ha-igw", vpcId: VPC } },
    elasticIps: { "nat-eip-a": { id: "nat-eip-a", name: "nat-eip-a" }, "nat-eip-c": { id: "nat-eip-c", name: "nat-eip-c" } },
    natGateways: {
      "nat-a": { id: "nat-a", name: "nat-a", subnetId: "public-a", elasticIpId: "nat-eip-a" },
      "nat-c": { id: "nat-c", name: "nat-c", subnetId: "public-c", elasticIpId: "nat-eip-c" },
    },
    routeTables: {
      "public-rt": table("public-rt", [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "ha-igw" } }], ["public-a", "public-c"]),
      "app-rt-a": table("app-rt-a", [{ destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: "nat-a" } }], ["app-a"]),
      "app-rt-c": table("app-rt-c", [{ destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: "nat-c" } }], ["app-c"]),
      "data-rt": table("data-rt", [], ["data-a", "data-c"]),
    },
    securityGroups: {
      "alb-sg": { id: "alb-sg", name: "alb-sg", description: "HTTP and HTTPS from the internet", vpcId: VPC, ingress: [ingress("tcp", 80, "0.0.0.0/0", "HTTP"), ingress("tcp", 443, "0.0.0.0/0", "HTTPS")], egress: [allowAllEgress()] },
      "app-sg": { id: "app-sg", name: "app-sg", description: "HTTP from the load balancer only", vpcId: VPC, ingress: [fromGroup(80, "alb-sg", "HTTP from ALB")], egress: [allowAllEgress()] },
      "data-sg": { id: "data-sg", name: "data-sg", description: "PostgreSQL from the app tier only", vpcId: VPC, ingress: [fromGroup(5432, "app-sg", "PostgreSQL from app")], egress: [allowAllEgress()] },
    },
    instances: { "app-1": app("app-1", "app-a"), "app-2": app("app-2", "app-c") },
    targetGroups: {
      "app-tg": { id: "app-tg", name: "app-tg", vpcId: VPC, protocol: "HTTP", port: 80, healthCheck: defaultHealthCheck(), targets: ["app-1", "app-2"] },
    },
    loadBalancers: {
      "web-alb": { id: "web-alb", name: "web-alb", scheme: "internet-facing", subnetIds: ["public-a", "public-c"], securityGroupIds: ["alb-sg"], listeners: [{ protocol: "HTTP", port: 80, targetGroupId: "app-tg" }] },
    },
    layout: {},
  };
  return design as unknown as Design;
}
