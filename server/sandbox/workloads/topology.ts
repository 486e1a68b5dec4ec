import "server-only";
import type { Layer } from "../context";
import { dig, nodeText as text } from "../rules/lookups";
import type { IngressPermission } from "./firewall";

export type InstanceNode = { id: string; state: string; vpcId: string; subnetId: string; privateIp: string; groupIds: string[] };
export type SubnetNode = { id: string; vpcId: string; cidr: string; az: string; hasInternetRoute: boolean };
export type ListenerAction = { type: string; targetGroupArn?: string; status?: number; contentType?: string; body?: string };
export type AlbNode = {
  arn: string;
  vpcId: string;
  state: string;
  internetFacing: boolean;
  subnetIds: string[];
  groupIds: string[];
  /** Private IPs of the ALB's network interfaces by subnet (its nodes). */
  nodeIps: Map<string, string>;
  listeners: Array<{ port: number; protocol: string; action?: ListenerAction }>;
};
export type TargetGroupNode = {
  arn: string;
  port: number;
  path: string;
  healthPort: string;
  intervalMs: number;
  timeoutMs: number;
  healthy: number;
  unhealthy: number;
  matcher: string;
  albArns: string[];
  targets: Array<{ id: string; port: number }>;
};

/** What the workloads need to know about one region, read from moto in one pass. */
export type Topology = {
  instances: Map<string, InstanceNode>;
  subnets: Map<string, SubnetNode>;
  groups: Map<string, IngressPermission[]>;
  /** Private IPs of the network interfaces in each security group (instances and ALB nodes). */
  groupIps: Map<string, string[]>;
  albs: AlbNode[];
  targetGroups: Map<string, TargetGroupNode>;
};

const num = (node: Record<string, unknown>, key: string, fallback = 0) => (text(node, key) === "" ? fallback : Number(text(node, key)));

/** Reads the region's instances, subnets (with their internet route), groups, ALBs and target groups. */
export async function readTopology(layer: Layer, region: string): Promise<Topology> {
  const ec2 = (action: string, params: Record<string, string> = {}) => layer.moto.query("ec2", region, action, params);
  const elb = (action: string, params: Record<string, string> = {}) => layer.moto.query("elasticloadbalancing", region, action, params);
  const [instancesDoc, subnetsDoc, groupsDoc, interfacesDoc, tablesDoc, igwsDoc, albsDoc, tgsDoc] = await Promise.all([
    ec2("DescribeInstances"), ec2("DescribeSubnets"), ec2("DescribeSecurityGroups"), ec2("DescribeNetworkInterfaces"),
    ec2("DescribeRouteTables"), ec2("DescribeInternetGateways"), elb("DescribeLoadBalancers"), elb("DescribeTargetGroups"),
  ]);
  const instances = new Map<string, InstanceNode>();
  for (const item of dig(instancesDoc, ["DescribeInstancesResponse", "reservationSet", "item", "instancesSet", "item"])) {
    const id = text(item, "instanceId");
    const groups = [...dig(item, ["groupSet", "item"]), ...dig(item, ["networkInterfaceSet", "item", "groupSet", "item"])].map((g) => text(g, "groupId"));
    const state = layer.clocks.instanceState(id, text(dig(item, ["instanceState"])[0] ?? {}, "name"));
    instances.set(id, { id, state, vpcId: text(item, "vpcId"), subnetId: text(item, "subnetId"), privateIp: text(item, "privateIpAddress"), groupIds: [...new Set(groups)] });
  }
  const attachedIgws = new Set(
    dig(igwsDoc, ["DescribeInternetGatewaysResponse", "internetGatewaySet", "item"])
      .filter((igw) => dig(igw, ["attachmentSet", "item"]).some((a) => ["available", "attached"].includes(text(a, "state"))))
      .map((igw) => text(igw, "internetGatewayId")),
  );
  const subnets = readSubnets(subnetsDoc, tablesDoc, attachedIgws);
  const groups = new Map<string, IngressPermission[]>();
  for (const group of dig(groupsDoc, ["DescribeSecurityGroupsResponse", "securityGroupInfo", "item"])) {
    groups.set(text(group, "groupId"), dig(group, ["ipPermissions", "item"]).map((p) => ({
      protocol: text(p, "ipProtocol"),
      fromPort: text(p, "fromPort") === "" ? undefined : num(p, "fromPort"),
      toPort: text(p, "toPort") === "" ? undefined : num(p, "toPort"),
      cidrs: dig(p, ["ipRanges", "item"]).map((r) => text(r, "cidrIp")),
      groupIds: dig(p, ["groups", "item"]).map((g) => text(g, "groupId")),
    })));
  }
  const groupIps = new Map<string, string[]>();
  const albNodeIps = new Map<string, Map<string, string>>();
  for (const eni of dig(interfacesDoc, ["DescribeNetworkInterfacesResponse", "networkInterfaceSet", "item"])) {
    const ip = text(eni, "privateIpAddress");
    for (const g of dig(eni, ["groupSet", "item"])) groupIps.set(text(g, "groupId"), [...(groupIps.get(text(g, "groupId")) ?? []), ip]);
    const albId = /^ELB app\/[^/]+\/(.+)$/.exec(text(eni, "description"))?.[1];
    if (albId) albNodeIps.set(albId, (albNodeIps.get(albId) ?? new Map()).set(text(eni, "subnetId"), ip));
  }
  const albs: AlbNode[] = [];
  for (const lb of dig(albsDoc, ["DescribeLoadBalancersResponse", "DescribeLoadBalancersResult", "LoadBalancers", "member"])) {
    const arn = text(lb, "LoadBalancerArn");
    const listenersDoc = await elb("DescribeListeners", { LoadBalancerArn: arn });
    albs.push({
      arn,
      vpcId: text(lb, "VpcId"),
      state: layer.clocks.albState(arn, text(dig(lb, ["State"])[0] ?? {}, "Code")),
      internetFacing: text(lb, "Scheme") !== "internal",
      subnetIds: dig(lb, ["AvailabilityZones", "member"]).map((az) => text(az, "SubnetId")),
      groupIds: dig(lb, ["SecurityGroups", "member"]).map(String),
      nodeIps: albNodeIps.get(arn.split("/").pop() ?? "") ?? new Map(),
      listeners: dig(listenersDoc, ["DescribeListenersResponse", "DescribeListenersResult", "Listeners", "member"]).map((l) => ({
        port: num(l, "Port"),
        protocol: text(l, "Protocol"),
        action: readAction(dig(l, ["DefaultActions", "member"])[0]),
      })),
    });
  }
  const targetGroups = new Map<string, TargetGroupNode>();
  for (const tg of dig(tgsDoc, ["DescribeTargetGroupsResponse", "DescribeTargetGroupsResult", "TargetGroups", "member"])) {
    const arn = text(tg, "TargetGroupArn");
    const healthDoc = await elb("DescribeTargetHealth", { TargetGroupArn: arn });
    const targets = dig(healthDoc, ["DescribeTargetHealthResponse", "DescribeTargetHealthResult", "TargetHealthDescriptions", "member"])
      .map((d) => dig(d, ["Target"])[0] ?? {})
      .map((t) => ({ id: text(t, "Id"), port: num(t, "Port", num(tg, "Port")) }));
    targetGroups.set(arn, {
      arn,
      port: num(tg, "Port", 80),
      path: text(tg, "HealthCheckPath") || "/",
      healthPort: text(tg, "HealthCheckPort") || "traffic-port",
      intervalMs: num(tg, "HealthCheckIntervalSeconds", 30) * 1000,
      timeoutMs: num(tg, "HealthCheckTimeoutSeconds", 5) * 1000,
      healthy: num(tg, "HealthyThresholdCount", 5),
      unhealthy: num(tg, "UnhealthyThresholdCount", 2),
      matcher: text(dig(tg, ["Matcher"])[0] ?? {}, "HttpCode") || "200",
      albArns: dig(tg, ["LoadBalancerArns", "member"]).map(String),
      targets,
    });
  }
  return { instances, subnets, groups, groupIps, albs, targetGroups };
}

function readSubnets(subnetsDoc: Record<string, unknown>, tablesDoc: Record<string, unknown>, attachedIgws: Set<string>): Map<string, SubnetNode> {
  const tables = dig(tablesDoc, ["DescribeRouteTablesResponse", "routeTableSet", "item"]).map((table) => ({
    vpcId: text(table, "vpcId"),
    toInternet: dig(table, ["routeSet", "item"]).some((r) => text(r, "destinationCidrBlock") === "0.0.0.0/0" && attachedIgws.has(text(r, "gatewayId"))),
    subnetIds: dig(table, ["associationSet", "item"]).map((a) => text(a, "subnetId")).filter(Boolean),
    isMain: dig(table, ["associationSet", "item"]).some((a) => text(a, "main") === "true"),
  }));
  const subnets = new Map<string, SubnetNode>();
  for (const s of dig(subnetsDoc, ["DescribeSubnetsResponse", "subnetSet", "item"])) {
    const id = text(s, "subnetId");
    const vpcId = text(s, "vpcId");
    // A subnet without an explicit association uses its VPC's main route table.
    const table = tables.find((t) => t.subnetIds.includes(id)) ?? tables.find((t) => t.vpcId === vpcId && t.isMain);
    subnets.set(id, { id, vpcId, cidr: text(s, "cidrBlock"), az: text(s, "availabilityZone"), hasInternetRoute: table?.toInternet ?? false });
  }
  return subnets;
}

function readAction(action: Record<string, unknown> | undefined): ListenerAction | undefined {
  if (!action) return undefined;
  const forwardTo = text(action, "TargetGroupArn") || text(dig(action, ["ForwardConfig", "TargetGroups", "member"])[0] ?? {}, "TargetGroupArn");
  const fixed = dig(action, ["FixedResponseConfig"])[0];
  return {
    type: text(action, "Type"),
    targetGroupArn: forwardTo || undefined,
    ...(fixed ? { status: num(fixed, "StatusCode", 200), contentType: text(fixed, "ContentType") || "text/plain", body: text(fixed, "MessageBody") } : {}),
  };
}
