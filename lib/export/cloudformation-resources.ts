/**
 * The Resources section of the CloudFormation export, one function per design collection.
 * Differences from the design that CloudFormation forces are stated where they happen.
 */
import type { Design, SecurityGroup, SecurityGroupRule } from "../design/schema";
import { cfnId, explicitTable, ipPermission, sorted } from "./names";
import type { YamlValue } from "./yaml";

type Resources = Record<string, YamlValue>;

/** Logical ids by design id; each kind has its own suffix so no two collide. */
export const ids = {
  vpc: (id: string) => cfnId(id, "Vpc"),
  subnet: (id: string) => cfnId(id, "Subnet"),
  igw: (id: string) => cfnId(id, "InternetGateway"),
  attachment: (id: string) => cfnId(id, "GatewayAttachment"),
  eip: (id: string) => cfnId(id, "Eip"),
  nat: (id: string) => cfnId(id, "NatGateway"),
  table: (id: string) => cfnId(id, "RouteTable"),
  sg: (id: string) => cfnId(id, "SecurityGroup"),
  instance: (id: string) => cfnId(id, "Instance"),
  tg: (id: string) => cfnId(id, "TargetGroup"),
  lb: (id: string) => cfnId(id, "LoadBalancer"),
  nameParameter: (id: string) => cfnId(id, "Name"),
};

export const imageParameter = (image: string) => cfnId(image.replace(/\./g, ""), "Image");

const ref = (logicalId: string) => ({ Ref: logicalId });
const getAtt = (logicalId: string, attribute: string) => ({ "Fn::GetAtt": [logicalId, attribute] });
const tags = (id: string, name: string): YamlValue => [
  { Key: "Name", Value: name },
  { Key: "vpcd:deployment", Value: ref("Deployment") },
  { Key: "vpcd:logical-id", Value: id },
];

function zone(design: Design, az: string): YamlValue {
  return az.startsWith(design.region) ? { "Fn::Sub": `\${AWS::Region}${az.slice(design.region.length)}` } : az;
}

/** Internet gateway attachments of a VPC: what public routes, NAT gateways and ALBs must wait for. */
function attachmentsOf(design: Design, vpcId: string): string[] {
  return sorted(design.internetGateways).filter((g) => g.vpcId === vpcId).map((g) => ids.attachment(g.id));
}

function network(design: Design, out: Resources): void {
  for (const v of sorted(design.vpcs)) {
    out[ids.vpc(v.id)] = { Type: "AWS::EC2::VPC", Properties: { CidrBlock: v.cidr, EnableDnsSupport: true, EnableDnsHostnames: true, Tags: tags(v.id, v.name) } };
  }
  for (const s of sorted(design.subnets)) {
    out[ids.subnet(s.id)] = { Type: "AWS::EC2::Subnet", Properties: { VpcId: ref(ids.vpc(s.vpcId)), CidrBlock: s.cidr, AvailabilityZone: zone(design, s.availabilityZone), MapPublicIpOnLaunch: s.mapPublicIpOnLaunch, Tags: tags(s.id, s.name) } };
  }
  for (const g of sorted(design.internetGateways)) {
    out[ids.igw(g.id)] = { Type: "AWS::EC2::InternetGateway", Properties: { Tags: tags(g.id, g.name) } };
    if (g.vpcId) out[ids.attachment(g.id)] = { Type: "AWS::EC2::VPCGatewayAttachment", Properties: { VpcId: ref(ids.vpc(g.vpcId)), InternetGatewayId: ref(ids.igw(g.id)) } };
  }
  for (const e of sorted(design.elasticIps)) out[ids.eip(e.id)] = { Type: "AWS::EC2::EIP", Properties: { Domain: "vpc", Tags: tags(e.id, e.name) } };
  for (const n of sorted(design.natGateways)) {
    const vpcId = design.subnets[n.subnetId]?.vpcId ?? "";
    out[ids.nat(n.id)] = {
      Type: "AWS::EC2::NatGateway",
      DependsOn: attachmentsOf(design, vpcId),
      Properties: { ...(n.elasticIpId ? { AllocationId: getAtt(ids.eip(n.elasticIpId), "AllocationId") } : {}), SubnetId: ref(ids.subnet(n.subnetId)), Tags: tags(n.id, n.name) },
    };
  }
  routing(design, out);
}

/**
 * Route tables, routes and associations. CloudFormation cannot adopt a VPC's main table, so a
 * design's main table becomes an ordinary table associated explicitly with every subnet that
 * relies on the main one; the routing is the same.
 */
function routing(design: Design, out: Resources): void {
  for (const t of sorted(design.routeTables)) {
    out[ids.table(t.id)] = { Type: "AWS::EC2::RouteTable", Properties: { VpcId: ref(ids.vpc(t.vpcId)), Tags: tags(t.id, t.name) } };
    for (const r of t.routes) {
      if (r.target.kind === "local") continue;
      const target: Record<string, YamlValue> = r.target.kind === "internet-gateway" ? { GatewayId: ref(ids.igw(r.target.internetGatewayId)) } : { NatGatewayId: ref(ids.nat(r.target.natGatewayId)) };
      const wait: Record<string, YamlValue> = r.target.kind === "internet-gateway" ? { DependsOn: attachmentsOf(design, t.vpcId) } : {};
      out[cfnId(`${t.id}-${r.destination}`, "Route")] = { Type: "AWS::EC2::Route", ...wait, Properties: { RouteTableId: ref(ids.table(t.id)), DestinationCidrBlock: r.destination, ...target } };
    }
    const implicit = t.isMain ? sorted(design.subnets).filter((s) => s.vpcId === t.vpcId && !explicitTable(design, s.id)).map((s) => s.id) : [];
    for (const subnetId of [...new Set([...t.subnetIds, ...implicit])].sort()) {
      if (explicitTable(design, subnetId) !== t.id && !implicit.includes(subnetId)) continue;
      out[cfnId(subnetId, "RouteTableAssociation")] = { Type: "AWS::EC2::SubnetRouteTableAssociation", Properties: { SubnetId: ref(ids.subnet(subnetId)), RouteTableId: ref(ids.table(t.id)) } };
    }
  }
}

function permission(rule: SecurityGroupRule): Record<string, YamlValue> {
  const p = ipPermission(rule);
  return { IpProtocol: p.protocol, ...(p.from === undefined ? {} : { FromPort: p.from, ToPort: p.to! }), ...(rule.description ? { Description: rule.description } : {}) };
}

/**
 * Groups carry their CIDR rules inline; rules naming another group are separate resources so
 * groups that reference each other never form a cycle. Inline egress replaces AWS's default
 * allow-all rule; a group whose design has no CIDR egress gets CloudFormation's usual
 * "disallow" placeholder so the default is removed all the same (docs/aws-facts.md §15.1).
 */
function securityGroups(design: Design, out: Resources): void {
  for (const sg of sorted(design.securityGroups)) {
    const cidrIn = sg.ingress.filter((r) => r.peer.kind === "cidr").map((r) => ({ ...permission(r), CidrIp: (r.peer as { cidr: string }).cidr }));
    const cidrOut = sg.egress.filter((r) => r.peer.kind === "cidr").map((r) => ({ ...permission(r), CidrIp: (r.peer as { cidr: string }).cidr }));
    const egress = cidrOut.length ? cidrOut : [{ IpProtocol: "icmp", FromPort: 252, ToPort: 86, CidrIp: "255.255.255.255/32", Description: "Disallow all traffic" }];
    out[ids.sg(sg.id)] = {
      Type: "AWS::EC2::SecurityGroup",
      Properties: { GroupName: sg.name, GroupDescription: sg.description || sg.name, VpcId: ref(ids.vpc(sg.vpcId)), SecurityGroupIngress: cidrIn, SecurityGroupEgress: egress, Tags: tags(sg.id, sg.name) },
    };
    groupRules(sg, "ingress", out);
    groupRules(sg, "egress", out);
  }
}

function groupRules(sg: SecurityGroup, direction: "ingress" | "egress", out: Resources): void {
  sg[direction].forEach((rule, i) => {
    if (rule.peer.kind !== "security-group") return;
    const peer = getAtt(ids.sg(rule.peer.securityGroupId), "GroupId");
    const type = direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
    const peerKey: Record<string, YamlValue> = direction === "ingress" ? { SourceSecurityGroupId: peer } : { DestinationSecurityGroupId: peer };
    out[cfnId(`${sg.id}-${direction}-${i}`, "Rule")] = { Type: type, Properties: { GroupId: getAtt(ids.sg(sg.id), "GroupId"), ...permission(rule), ...peerKey } };
  });
}

function compute(design: Design, out: Resources): void {
  for (const i of sorted(design.instances)) {
    out[ids.instance(i.id)] = {
      Type: "AWS::EC2::Instance",
      Properties: {
        ImageId: ref(imageParameter(i.image)),
        InstanceType: i.instanceType,
        NetworkInterfaces: [{ DeviceIndex: "0", SubnetId: ref(ids.subnet(i.subnetId)), GroupSet: i.securityGroupIds.map((g) => getAtt(ids.sg(g), "GroupId")), AssociatePublicIpAddress: i.associatePublicIp }],
        // The literal block is the script byte for byte; Fn::Base64 does the encoding EC2 wants.
        ...(i.userData ? { UserData: { "Fn::Base64": { literal: i.userData } } } : {}),
        PropagateTagsToVolumeOnCreation: true,
        Tags: tags(i.id, i.name),
      },
    };
  }
  for (const tg of sorted(design.targetGroups)) {
    const hc = tg.healthCheck;
    out[ids.tg(tg.id)] = {
      Type: "AWS::ElasticLoadBalancingV2::TargetGroup",
      Properties: {
        Name: ref(ids.nameParameter(tg.id)), Protocol: tg.protocol, Port: tg.port, VpcId: ref(ids.vpc(tg.vpcId)), TargetType: "instance",
        HealthCheckEnabled: true, HealthCheckProtocol: hc.protocol, HealthCheckPath: hc.path, HealthCheckPort: String(hc.port),
        HealthCheckIntervalSeconds: hc.intervalSeconds, HealthCheckTimeoutSeconds: hc.timeoutSeconds, HealthyThresholdCount: hc.healthyThreshold, UnhealthyThresholdCount: hc.unhealthyThreshold,
        Matcher: { HttpCode: hc.matcher },
        Targets: [...tg.targets].sort().map((t) => ({ Id: ref(ids.instance(t)), Port: tg.port })),
        Tags: tags(tg.id, tg.name),
      },
    };
  }
  for (const lb of sorted(design.loadBalancers)) {
    const vpcId = design.subnets[lb.subnetIds[0]]?.vpcId ?? "";
    out[ids.lb(lb.id)] = {
      Type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
      ...(lb.scheme === "internet-facing" ? { DependsOn: attachmentsOf(design, vpcId) } : {}),
      Properties: { Name: ref(ids.nameParameter(lb.id)), Type: "application", Scheme: lb.scheme, Subnets: lb.subnetIds.map((s) => ref(ids.subnet(s))), SecurityGroups: lb.securityGroupIds.map((g) => getAtt(ids.sg(g), "GroupId")), Tags: tags(lb.id, lb.name) },
    };
    for (const l of lb.listeners) {
      out[cfnId(`${lb.id}-${l.protocol}-${l.port}`, "Listener")] = {
        Type: "AWS::ElasticLoadBalancingV2::Listener",
        Properties: { LoadBalancerArn: ref(ids.lb(lb.id)), Protocol: l.protocol, Port: l.port, DefaultActions: [{ Type: "forward", TargetGroupArn: ref(ids.tg(l.targetGroupId)) }] },
      };
    }
  }
}

/** Every resource of the template, network first (the order is for readers; CloudFormation orders by reference). */
export function cfnResources(design: Design): Resources {
  const out: Resources = {};
  network(design, out);
  securityGroups(design, out);
  compute(design, out);
  return out;
}
