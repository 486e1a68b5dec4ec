/**
 * The resource blocks of the Terraform export, one function per design collection. Every
 * resource type and argument used here is in the allowed list kept in terraform.test.ts.
 */
import { SSM_IMAGE_PARAMETERS } from "../catalog/images";
import type { Design, ImageChoice, RouteTable, SecurityGroup, SecurityGroupRule } from "../design/schema";
import { attr, blank, block, bool, list, map, num, raw, str, type Expr, type Item } from "./hcl";
import { base64, explicitTable, ipPermission, sorted, tfIdent } from "./names";

const ref = (type: string, id: string, attribute = "id"): Expr => raw(`${type}.${tfIdent(id)}.${attribute}`);
const nameOf = (id: string): Expr => raw(`var.names[${JSON.stringify(id)}]`);
const tags = (id: string): Item => attr("tags", map([["Name", nameOf(id)], ["vpcd:logical-id", str(id)]]));
const resource = (type: string, id: string, body: Item[]): Item => block("resource", [type, tfIdent(id)], body);

/** `"${var.region}a"` for a zone of the design's region, so changing the region variable follows. */
function zone(design: Design, az: string): Expr {
  return az.startsWith(design.region) ? raw(`"\${var.region}${az.slice(design.region.length)}"`) : str(az);
}

export function networkBlocks(design: Design): Item[] {
  const out: Item[] = [];
  for (const vpc of sorted(design.vpcs)) {
    out.push(resource("aws_vpc", vpc.id, [attr("cidr_block", str(vpc.cidr)), attr("enable_dns_support", bool(true)), attr("enable_dns_hostnames", bool(true)), tags(vpc.id)]));
  }
  for (const s of sorted(design.subnets)) {
    out.push(resource("aws_subnet", s.id, [attr("vpc_id", ref("aws_vpc", s.vpcId)), attr("cidr_block", str(s.cidr)), attr("availability_zone", zone(design, s.availabilityZone)), attr("map_public_ip_on_launch", bool(s.mapPublicIpOnLaunch)), tags(s.id)]));
  }
  for (const igw of sorted(design.internetGateways)) {
    out.push(resource("aws_internet_gateway", igw.id, [...(igw.vpcId ? [attr("vpc_id", ref("aws_vpc", igw.vpcId))] : []), tags(igw.id)]));
  }
  for (const eip of sorted(design.elasticIps)) out.push(resource("aws_eip", eip.id, [attr("domain", str("vpc")), tags(eip.id)]));
  for (const nat of sorted(design.natGateways)) {
    // A public NAT gateway needs the VPC's internet gateway attached first (provider docs advise depends_on).
    const igws = sorted(design.internetGateways).filter((g) => g.vpcId === design.subnets[nat.subnetId]?.vpcId);
    out.push(
      resource("aws_nat_gateway", nat.id, [
        ...(nat.elasticIpId ? [attr("allocation_id", ref("aws_eip", nat.elasticIpId))] : []),
        attr("subnet_id", ref("aws_subnet", nat.subnetId)),
        tags(nat.id),
        blank,
        attr("depends_on", list(igws.map((g) => raw(`aws_internet_gateway.${tfIdent(g.id)}`)))),
      ]),
    );
  }
  for (const table of sorted(design.routeTables)) out.push(...routeTableBlocks(design, table));
  return out;
}

/** The main table is the VPC's own (adopted with aws_default_route_table), never a second one. */
function routeTableBlocks(design: Design, table: RouteTable): Item[] {
  const type = table.isMain ? "aws_default_route_table" : "aws_route_table";
  const owner = table.isMain ? [attr("default_route_table_id", ref("aws_vpc", table.vpcId, "default_route_table_id"))] : [attr("vpc_id", ref("aws_vpc", table.vpcId))];
  const out: Item[] = [resource(type, table.id, [...owner, tags(table.id)])];
  for (const route of table.routes) {
    if (route.target.kind === "local") continue;
    const target = route.target.kind === "internet-gateway" ? attr("gateway_id", ref("aws_internet_gateway", route.target.internetGatewayId)) : attr("nat_gateway_id", ref("aws_nat_gateway", route.target.natGatewayId));
    out.push(resource("aws_route", `${table.id}-${route.destination}`, [attr("route_table_id", ref(type, table.id)), attr("destination_cidr_block", str(route.destination)), target]));
  }
  for (const subnetId of [...table.subnetIds].sort()) {
    if (explicitTable(design, subnetId) !== table.id) continue;
    out.push(resource("aws_route_table_association", subnetId, [attr("subnet_id", ref("aws_subnet", subnetId)), attr("route_table_id", ref(type, table.id))]));
  }
  return out;
}

export function securityGroupBlocks(design: Design): Item[] {
  const out: Item[] = [];
  for (const sg of sorted(design.securityGroups)) {
    out.push(resource("aws_security_group", sg.id, [attr("name", nameOf(sg.id)), attr("description", str(sg.description || sg.name)), attr("vpc_id", ref("aws_vpc", sg.vpcId)), tags(sg.id)]));
    // Rules as their own resources: group references then never form a cycle, and the
    // provider removes AWS's default egress rule, so the design's egress list is the whole truth.
    sg.ingress.forEach((rule, i) => out.push(ruleBlock("aws_vpc_security_group_ingress_rule", sg, `${sg.id}-in-${i}`, rule)));
    sg.egress.forEach((rule, i) => out.push(ruleBlock("aws_vpc_security_group_egress_rule", sg, `${sg.id}-out-${i}`, rule)));
  }
  return out;
}

function ruleBlock(type: string, sg: SecurityGroup, name: string, rule: SecurityGroupRule): Item {
  const p = ipPermission(rule);
  const peer = rule.peer.kind === "cidr" ? attr("cidr_ipv4", str(rule.peer.cidr)) : attr("referenced_security_group_id", ref("aws_security_group", rule.peer.securityGroupId));
  const ports = p.from === undefined ? [] : [attr("from_port", num(p.from)), attr("to_port", num(p.to!))];
  return resource(type, name, [attr("security_group_id", ref("aws_security_group", sg.id)), attr("ip_protocol", str(p.protocol)), ...ports, peer, ...(rule.description ? [attr("description", str(rule.description))] : [])]);
}

/** Data sources for the images in use: the region's current AMI from its SSM public parameter. */
export function imageBlocks(design: Design): Item[] {
  const used = [...new Set(sorted(design.instances).map((i) => i.image))].sort();
  return used.map((image) => block("data", ["aws_ssm_parameter", tfIdent(image)], [attr("name", str(SSM_IMAGE_PARAMETERS[image as ImageChoice]))]));
}

export function computeBlocks(design: Design): Item[] {
  const out: Item[] = [];
  for (const i of sorted(design.instances)) {
    out.push(
      resource("aws_instance", i.id, [
        attr("ami", raw(`data.aws_ssm_parameter.${tfIdent(i.image)}.insecure_value`)),
        attr("instance_type", str(i.instanceType)),
        attr("subnet_id", ref("aws_subnet", i.subnetId)),
        attr("vpc_security_group_ids", list(i.securityGroupIds.map((g) => ref("aws_security_group", g)))),
        attr("associate_public_ip_address", bool(i.associatePublicIp)),
        // Base64 keeps the script byte for byte: no HCL template escapes, no heredoc newline rules.
        ...(i.userData ? [attr("user_data_base64", str(base64(i.userData)))] : []),
        tags(i.id),
      ]),
    );
  }
  for (const tg of sorted(design.targetGroups)) {
    const hc = tg.healthCheck;
    out.push(
      resource("aws_lb_target_group", tg.id, [
        attr("name", nameOf(tg.id)),
        attr("port", num(tg.port)),
        attr("protocol", str(tg.protocol)),
        attr("target_type", str("instance")),
        attr("vpc_id", ref("aws_vpc", tg.vpcId)),
        tags(tg.id),
        block("health_check", [], [
          attr("protocol", str(hc.protocol)),
          attr("path", str(hc.path)),
          attr("port", str(String(hc.port))),
          attr("interval", num(hc.intervalSeconds)),
          attr("timeout", num(hc.timeoutSeconds)),
          attr("healthy_threshold", num(hc.healthyThreshold)),
          attr("unhealthy_threshold", num(hc.unhealthyThreshold)),
          attr("matcher", str(hc.matcher)),
        ]),
      ]),
    );
    for (const target of [...tg.targets].sort()) {
      out.push(resource("aws_lb_target_group_attachment", `${tg.id}-${target}`, [attr("target_group_arn", ref("aws_lb_target_group", tg.id, "arn")), attr("target_id", ref("aws_instance", target)), attr("port", num(tg.port))]));
    }
  }
  for (const lb of sorted(design.loadBalancers)) {
    out.push(
      resource("aws_lb", lb.id, [
        attr("name", nameOf(lb.id)),
        attr("internal", bool(lb.scheme === "internal")),
        attr("load_balancer_type", str("application")),
        attr("subnets", list(lb.subnetIds.map((s) => ref("aws_subnet", s)))),
        attr("security_groups", list(lb.securityGroupIds.map((g) => ref("aws_security_group", g)))),
        tags(lb.id),
      ]),
    );
    for (const l of lb.listeners) {
      out.push(
        resource("aws_lb_listener", `${lb.id}-${l.protocol.toLowerCase()}-${l.port}`, [
          attr("load_balancer_arn", ref("aws_lb", lb.id, "arn")),
          attr("port", num(l.port)),
          attr("protocol", str(l.protocol)),
          tags(lb.id),
          block("default_action", [], [attr("type", str("forward")), attr("target_group_arn", ref("aws_lb_target_group", l.targetGroupId, "arn"))]),
        ]),
      );
    }
  }
  return out;
}
