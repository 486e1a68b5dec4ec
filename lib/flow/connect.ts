import type { Design } from "../design/schema";
import { associateSubnet, attachLoadBalancerSubnet, attachSecurityGroup, collectionOf, forwardToTargetGroup, registerTarget, setDefaultRoute } from "../design/ops";

/** Why a connection is refused: a message key of the designer catalogue (`connect.<reason>`). */
export type ConnectRefusal = "self" | "unsupported" | "differentVpc" | "igwDetached";
export type ConnectPlan = { ok: true; action: "associate" | "route" | "register" | "place" | "forward" | "secure"; apply(design: Design): Design } | { ok: false; reason: ConnectRefusal };

const vpcOf = (d: Design, id: string): string | null | undefined => {
  if (d.vpcs[id]) return id;
  if (d.subnets[id]) return d.subnets[id].vpcId;
  if (d.routeTables[id]) return d.routeTables[id].vpcId;
  if (d.securityGroups[id]) return d.securityGroups[id].vpcId;
  if (d.targetGroups[id]) return d.targetGroups[id].vpcId;
  if (d.internetGateways[id]) return d.internetGateways[id].vpcId;
  if (d.natGateways[id]) return vpcOf(d, d.natGateways[id].subnetId);
  if (d.instances[id]) return vpcOf(d, d.instances[id].subnetId);
  const lb = d.loadBalancers[id];
  return lb ? (lb.subnetIds.length ? vpcOf(d, lb.subnetIds[0]!) : undefined) : null;
};

/**
 * What dragging a connection between two entities means, in either direction: subnet ↔ route
 * table associates, route table ↔ internet or NAT gateway sets the default route, instance ↔
 * target group registers, load balancer ↔ subnet places it, load balancer ↔ target group
 * forwards its listener, security group ↔ instance or load balancer attaches the group.
 * Anything else, or a pair from different VPCs, is refused with a reason.
 */
export function planConnection(design: Design, a: string, b: string): ConnectPlan {
  if (a === b) return { ok: false, reason: "self" };
  const ka = collectionOf(design, a);
  const kb = collectionOf(design, b);
  if (!ka || !kb) return { ok: false, reason: "unsupported" };
  const [x, y, kx, ky] = ka < kb ? [a, b, ka, kb] : [b, a, kb, ka];
  const pair = `${kx}+${ky}`;
  const va = vpcOf(design, x);
  const vb = vpcOf(design, y);
  const sameVpc = va === undefined || vb === undefined || va === vb;
  const plan = (action: Extract<ConnectPlan, { ok: true }>["action"], apply: (d: Design) => Design): ConnectPlan =>
    sameVpc ? { ok: true, action, apply } : { ok: false, reason: "differentVpc" };
  switch (pair) {
    case "routeTables+subnets":
      return plan("associate", (d) => associateSubnet(d, x, y));
    case "internetGateways+routeTables":
      if (design.internetGateways[x]!.vpcId === null) return { ok: false, reason: "igwDetached" };
      return plan("route", (d) => setDefaultRoute(d, y, { kind: "internet-gateway", internetGatewayId: x as never }));
    case "natGateways+routeTables":
      return plan("route", (d) => setDefaultRoute(d, y, { kind: "nat-gateway", natGatewayId: x as never }));
    case "instances+targetGroups":
      return plan("register", (d) => registerTarget(d, y, x));
    case "loadBalancers+subnets":
      return plan("place", (d) => attachLoadBalancerSubnet(d, x, y));
    case "loadBalancers+targetGroups":
      return plan("forward", (d) => forwardToTargetGroup(d, x, y));
    case "instances+securityGroups":
    case "loadBalancers+securityGroups":
      return plan("secure", (d) => attachSecurityGroup(d, x, y));
    default:
      return { ok: false, reason: "unsupported" };
  }
}
