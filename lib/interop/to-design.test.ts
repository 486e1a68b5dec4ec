import { describe, expect, it } from "vitest";
import { migrate } from "../design/migrate";
import type { DescribedVpc } from "./described";
import { describedToDesign } from "./to-design";
import { imageChoiceOf } from "./to-design-compute";

const name = (value: string) => [{ Key: "Name", Value: value }];

/** A small VPC as AWS describes it: one public subnet, an IGW, a main table with a peering route. */
function described(): DescribedVpc {
  return {
    region: "us-east-1",
    vpc: { VpcId: "vpc-0a1b2c3d", CidrBlock: "10.1.0.0/16", Tags: name("Shop VPC"), CidrBlockAssociationSet: [{ CidrBlock: "10.1.0.0/16" }, { CidrBlock: "10.2.0.0/16" }] },
    subnets: [{ SubnetId: "subnet-01", CidrBlock: "10.1.1.0/24", AvailabilityZone: "us-east-1a", MapPublicIpOnLaunch: true, Tags: name("Web A") }],
    internetGateways: [{ InternetGatewayId: "igw-01", Tags: [] }],
    natGateways: [],
    addresses: [],
    routeTables: [
      {
        RouteTableId: "rtb-main",
        Associations: [{ Main: true }],
        Routes: [
          { DestinationCidrBlock: "10.1.0.0/16", GatewayId: "local" },
          { DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-01" },
          { DestinationCidrBlock: "172.16.0.0/12", VpcPeeringConnectionId: "pcx-77" },
        ],
      },
    ],
    securityGroups: [
      { GroupId: "sg-default", GroupName: "default", Description: "default VPC security group", IpPermissions: [], IpPermissionsEgress: [] },
      {
        GroupId: "sg-web",
        GroupName: "web",
        Description: "web",
        IpPermissions: [
          { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0", Description: "HTTPS" }], Ipv6Ranges: [{ CidrIpv6: "::/0" }] },
          { IpProtocol: "50", IpRanges: [{ CidrIp: "10.0.0.0/8" }] },
          { IpProtocol: "icmp", FromPort: 8, ToPort: -1, IpRanges: [{ CidrIp: "10.0.0.0/8" }] },
        ],
        IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
      },
    ],
    instances: [{ InstanceId: "i-0123", InstanceType: "t3.micro", SubnetId: "subnet-01", ImageId: "ami-9", PublicIpAddress: "3.3.3.3", Tags: name("web"), KeyName: "bob", State: { Name: "stopped" }, NetworkInterfaces: [{ Groups: [{ GroupId: "sg-web" }], Attachment: { DeviceIndex: 0 } }], userData: "#!/bin/sh\necho hi\n" }],
    networkAcls: [
      { NetworkAclId: "acl-default", IsDefault: true, Entries: [{ RuleNumber: 100, RuleAction: "allow", Protocol: "-1", CidrBlock: "0.0.0.0/0", Egress: false }, { RuleNumber: 32767, RuleAction: "deny", Protocol: "-1", CidrBlock: "0.0.0.0/0" }] },
      { NetworkAclId: "acl-strict", IsDefault: false, Entries: [] },
    ],
    vpcEndpoints: [{ VpcEndpointId: "vpce-1", ServiceName: "com.amazonaws.us-east-1.s3" }],
    imageNames: { "ami-9": "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250101" },
    targetGroups: [],
    loadBalancers: [{ LoadBalancerArn: "arn:nlb", LoadBalancerName: "edge", Type: "network", Scheme: "internet-facing", listeners: [] }],
  };
}

describe("converting a described VPC into a design", () => {
  it("keeps what the model expresses and the result loads as a design", () => {
    const { design } = describedToDesign(described());
    expect(migrate(design).ok).toBe(true);
    expect(design.name).toBe("Shop VPC");
    expect(Object.keys(design.subnets)).toEqual(["web-a"]);
    expect(design.routeTables["main-rt"]).toEqual({ id: "main-rt", name: "main", vpcId: "shop-vpc", isMain: true, routes: [{ destination: "0.0.0.0/0", target: { kind: "internet-gateway", internetGatewayId: "igw-01" } }], subnetIds: [] });
    expect(design.securityGroups.web.ingress).toEqual([
      { protocol: "tcp", fromPort: 443, toPort: 443, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description: "HTTPS" },
      { protocol: "icmp", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "10.0.0.0/8" }, description: "" },
    ]);
    expect(Object.keys(design.securityGroups)).toEqual(["web"]);
    // The group took "web" first: ids are unique across the whole document.
    expect(design.instances["web-2"]).toMatchObject({ image: "ubuntu-24.04", associatePublicIp: true, securityGroupIds: ["web"], subnetId: "web-a", userData: "#!/bin/sh\necho hi\n" });
  });

  it("lists what the model cannot express instead of dropping it silently", () => {
    expect(describedToDesign(described()).unsupported.map((n) => n.text)).toEqual([
      "VPC vpc-0a1b2c3d: secondary CIDR blocks 10.2.0.0/16 (a design VPC has one CIDR)",
      "route table rtb-main: route to 172.16.0.0/12 via pcx-77 (only internet and NAT gateway targets are modelled)",
      "security group sg-web (web) ingress: IPv6 ranges on tcp 443-443",
      "security group sg-web (web) ingress: protocol 50 (tcp, udp, icmp and all are modelled)",
      "security group sg-web (web) ingress: ICMP type 8 code -1 imported as all ICMP (the design has no ICMP types)",
      "network ACL acl-strict: custom network ACLs (subnets use the default one in the design)",
      "VPC endpoint vpce-1 (com.amazonaws.us-east-1.s3): endpoints are not modelled",
      "instance i-0123: key pair bob",
      "instance i-0123: state stopped (a design describes instances as running)",
      "load balancer edge: type network (application load balancers are modelled)",
    ]);
  });

  it("gives each note a code and the parameters it names, for the designer to translate", () => {
    const notes = describedToDesign(described()).unsupported;
    expect(notes.map((n) => n.code)).toEqual(["vpc-secondary-cidrs", "route-target", "rule-ipv6", "rule-protocol", "rule-icmp-type", "acl-custom", "vpc-endpoint", "instance-key-pair", "instance-state", "load-balancer-type"]);
    expect(notes[1].params).toEqual({ table: "rtb-main", destination: "172.16.0.0/12", target: "pcx-77" });
    expect(notes[2].params).toEqual({ group: "sg-web", groupName: "web", direction: "ingress", protocol: "tcp", ports: "443-443" });
  });

  it("says a route's target is unknown rather than printing nothing, and never prints undefined", () => {
    const input = described();
    input.routeTables[0].Routes!.push({ DestinationCidrBlock: "10.99.0.0/16" });
    input.instances[0].ImageId = "ami-unknown";
    const notes = describedToDesign(input).unsupported;
    expect(notes.find((n) => n.code === "route-target-unknown")?.text).toBe("route table rtb-main: route to 10.99.0.0/16 via an unknown target (only internet and NAT gateway targets are modelled)");
    expect(notes.find((n) => n.code === "instance-image-unnamed")?.text).toBe("instance i-0123: image ami-unknown (name unknown) is neither Ubuntu 24.04 nor Amazon Linux 2023; imported as amazon-linux-2023");
    expect(notes.map((n) => n.text).join("\n")).not.toContain("undefined");
  });

  it("maps every design entity to the AWS id it was read from", () => {
    const { design, awsIds } = describedToDesign(described());
    expect(awsIds).toMatchObject({ "shop-vpc": "vpc-0a1b2c3d", "web-a": "subnet-01", "igw-01": "igw-01", "main-rt": "rtb-main", web: "sg-web", "web-2": "i-0123" });
    for (const id of [...Object.keys(design.subnets), ...Object.keys(design.securityGroups), ...Object.keys(design.instances)]) expect(awsIds[id]).toBeDefined();
  });

  it("gives unique ids when names collide", () => {
    const input = described();
    input.subnets.push({ SubnetId: "subnet-02", CidrBlock: "10.1.2.0/24", AvailabilityZone: "us-east-1b", MapPublicIpOnLaunch: false, Tags: name("Web A") });
    expect(Object.keys(describedToDesign(input).design.subnets)).toEqual(["web-a", "web-a-2"]);
  });

  it("tells the two image choices from AMI names, and nothing else", () => {
    expect(imageChoiceOf("al2023-ami-2023.6.20250101.0-kernel-6.1-x86_64")).toBe("amazon-linux-2023");
    expect(imageChoiceOf("ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server")).toBeUndefined();
    expect(imageChoiceOf(undefined)).toBeUndefined();
  });
});
