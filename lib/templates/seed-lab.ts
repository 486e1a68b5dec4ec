import type { Design } from "../design/schema";
import { SCHEMA_VERSION } from "../design/constants";
import { FLASK_USER_DATA } from "./flask-app";
import { allowAllEgress, defaultHealthCheck, ingress } from "./parts";

/**
 * The bootcamp lab (shared/seeds): VPC 192.168.0.0/16 in Seoul, private-a / public-a /
 * public-c / public-nat, an internet gateway, a NAT gateway with an Elastic IP, a public and a
 * private route table, one security group (22 and 80), three t3.micro instances and an
 * internet-facing ALB over the two public web instances.
 */
export function seedLab(): Design {
  const design = {
    schemaVersion: SCHEMA_VERSION,
    name: "KTB seed lab",
    region: "ap-northeast-2",
    availabilityZones: ["ap-northeast-2a", "ap-northeast-2c"],
    vpcs: { "lab-vpc": { id: "lab-vpc", name: "lab-vpc", cidr: "192.168.0.0/16" } },
    subnets: {
      "private-a": { id: "private-a", name: "private-a", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a", cidr: "192.168.1.0/24", mapPublicIpOnLaunch: false },
      "public-a": { id: "public-a", name: "public-a", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a", cidr: "192.168.2.0/24", mapPublicIpOnLaunch: true },
      "public-c": { id: "public-c", name: "public-c", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2c", cidr: "192.168.3.0/24", mapPublicIpOnLaunch: true },
      "public-nat": { id: "public-nat", name: "public-nat", vpcId: "lab-vpc", availabilityZone: "ap-northeast-2a", cidr: "192.168.4.0/24", mapPublicIpOnLaunch: true },
    },
    internetGateways: { "lab-igw": { id: "lab-igw", name: "lab-igw", vpcId: "lab-vpc" } },
    elasticIps: { "nat-eip": { id: "nat-eip", name: "nat-eip" } },
    natGateways: { "lab-nat": { id: "lab-nat", name: "lab-nat", subnetId: "public-nat", elasticIpId: "nat-eip" } },
    routeTables: {
      "public-rt": {
        id: "public-rt",
        name: "public-rt",
        vpcId: "lab-vpc",
        isMain: false,
        routes: [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "lab-igw" } }],
        subnetIds: ["public-a", "public-c", "public-nat"],
      },
      "private-rt": {
        id: "private-rt",
        name: "private-rt",
        vpcId: "lab-vpc",
        isMain: false,
        routes: [{ destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: "lab-nat" } }],
        subnetIds: ["private-a"],
      },
    },
    securityGroups: {
      "lab-sg": {
        id: "lab-sg",
        name: "lab-sg",
        description: "SSH and HTTP for the lab",
        vpcId: "lab-vpc",
        ingress: [ingress("tcp", 22, "0.0.0.0/0", "SSH"), ingress("tcp", 80, "0.0.0.0/0", "HTTP")],
        egress: [allowAllEgress()],
      },
    },
    instances: {
      "web-a": { id: "web-a", name: "web-a", instanceType: "t3.micro", subnetId: "public-a", securityGroupIds: ["lab-sg"], image: "ubuntu-24.04", associatePublicIp: true, userData: FLASK_USER_DATA },
      "web-c": { id: "web-c", name: "web-c", instanceType: "t3.micro", subnetId: "public-c", securityGroupIds: ["lab-sg"], image: "ubuntu-24.04", associatePublicIp: true, userData: FLASK_USER_DATA },
      "app-a": { id: "app-a", name: "app-a", instanceType: "t3.micro", subnetId: "private-a", securityGroupIds: ["lab-sg"], image: "ubuntu-24.04", associatePublicIp: false, userData: "" },
    },
    targetGroups: {
      "web-tg": { id: "web-tg", name: "web-tg", vpcId: "lab-vpc", protocol: "HTTP", port: 80, healthCheck: defaultHealthCheck(), targets: ["web-a", "web-c"] },
    },
    loadBalancers: {
      "lab-alb": {
        id: "lab-alb",
        name: "lab-alb",
        scheme: "internet-facing",
        subnetIds: ["public-a", "public-c"],
        securityGroupIds: ["lab-sg"],
        listeners: [{ protocol: "HTTP", port: 80, targetGroupId: "web-tg" }],
      },
    },
    layout: {},
  };
  return design as unknown as Design;
}
