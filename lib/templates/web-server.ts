import type { Design } from "../design/schema";
import { SCHEMA_VERSION } from "../design/constants";
import { allowAllEgress, ingress } from "./parts";
import { NGINX_USER_DATA } from "./web-user-data";

/**
 * The smallest useful network: one VPC, one public subnet routed to an internet gateway, and one
 * t3.micro web server with a public IP that accepts HTTP and HTTPS from anywhere (no SSH open).
 */
export function webServer(): Design {
  const design = {
    schemaVersion: SCHEMA_VERSION,
    name: "Single web server",
    region: "ap-northeast-2",
    availabilityZones: ["ap-northeast-2a"],
    vpcs: { "web-vpc": { id: "web-vpc", name: "web-vpc", cidr: "10.0.0.0/16" } },
    subnets: {
      "public-a": { id: "public-a", name: "public-a", vpcId: "web-vpc", availabilityZone: "ap-northeast-2a", cidr: "10.0.1.0/24", mapPublicIpOnLaunch: true },
    },
    internetGateways: { "web-igw": { id: "web-igw", name: "web-igw", vpcId: "web-vpc" } },
    elasticIps: {},
    natGateways: {},
    routeTables: {
      "public-rt": {
        id: "public-rt",
        name: "public-rt",
        vpcId: "web-vpc",
        isMain: false,
        routes: [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "web-igw" } }],
        subnetIds: ["public-a"],
      },
    },
    securityGroups: {
      "web-sg": {
        id: "web-sg",
        name: "web-sg",
        description: "HTTP and HTTPS from anywhere",
        vpcId: "web-vpc",
        ingress: [ingress("tcp", 80, "0.0.0.0/0", "HTTP"), ingress("tcp", 443, "0.0.0.0/0", "HTTPS")],
        egress: [allowAllEgress()],
      },
    },
    instances: {
      web: { id: "web", name: "web", instanceType: "t3.micro", subnetId: "public-a", securityGroupIds: ["web-sg"], image: "ubuntu-24.04", associatePublicIp: true, userData: NGINX_USER_DATA },
    },
    targetGroups: {},
    loadBalancers: {},
    layout: {},
  };
  return design as unknown as Design;
}
