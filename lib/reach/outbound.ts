import type { Design, NatGateway, Subnet } from "../design/schema";
import { describeTraffic, INTERNET_ADDRESS } from "./addresses";
import { checkEgress, INTERNET_LABEL, INTERNET_PEER, routeHop, throughIgw } from "./checks";
import type { ReachEnv } from "./env";
import { lookupRoute } from "./route-lookup";
import type { Trace } from "./trace";
import type { Place, Traffic } from "./types";

/**
 * A place → the Internet: outbound rules, the subnet's route for the client address (longest
 * prefix), then an internet gateway (needs a public IP) or a NAT gateway (needs an Elastic IP
 * and its own subnet's route to an internet gateway). A load balancer only answers.
 */
export function placeToInternet(env: ReachEnv, t: Trace, src: Place, traffic: Traffic): boolean {
  t.pass(src.entityId, src.kind, "depart", { name: src.name, subnet: src.subnets[0]?.name ?? "-", traffic: describeTraffic(traffic) });
  if (src.kind === "load-balancer") return t.block(src.entityId, src.kind, "load-balancer-does-not-initiate", "alb-no-initiate", { name: src.name });
  if (!checkEgress(env, t, src, traffic, INTERNET_PEER, INTERNET_LABEL)) return false;
  const subnet = src.subnets[0];
  const match = routeHop(env, t, subnet, INTERNET_ADDRESS, INTERNET_LABEL);
  if (!match) return false;
  if (match.kind === "local") return t.block(match.table.id, "route-table", "NO_ROUTE_TO_DESTINATION", "no-route", { table: match.table.name, subnet: subnet.name, dest: INTERNET_LABEL });
  if (match.kind === "internet-gateway") return throughIgw(env, t, match.targetId, subnet.vpcId, src);
  const nat = env.design.natGateways[match.targetId as keyof Design["natGateways"]] as NatGateway;
  return throughNat(env, t, nat, subnet);
}

/**
 * A NAT gateway forwards only from its own VPC, translates to its Elastic IP and then follows
 * its own subnet's routes, which must reach an internet gateway (docs/aws-facts.md §2.4).
 */
function throughNat(env: ReachEnv, t: Trace, nat: NatGateway, from: Subnet): boolean {
  const { design } = env;
  const natSubnet = design.subnets[nat.subnetId];
  if (!natSubnet || natSubnet.vpcId !== from.vpcId) return t.block(nat.id, "nat-gateway", "BAD_STATE_ROUTE", "nat-other-vpc", { name: nat.name, subnet: from.name });
  const eip = nat.elasticIpId ? design.elasticIps[nat.elasticIpId] : undefined;
  if (!eip) return t.block(nat.id, "nat-gateway", "nat-without-eip", "nat-without-eip", { name: nat.name });
  const onward = lookupRoute(env.ctx, env.cache, natSubnet, INTERNET_ADDRESS);
  if (onward.kind !== "internet-gateway") {
    return t.block(nat.id, "nat-gateway", "nat-in-private-subnet", "nat-in-private-subnet", { name: nat.name, subnet: natSubnet.name, how: onward.kind });
  }
  t.pass(nat.id, "nat-gateway", "nat", { name: nat.name, subnet: natSubnet.name, eip: eip.name });
  if (!routeHop(env, t, natSubnet, INTERNET_ADDRESS, INTERNET_LABEL)) return false;
  return throughIgw(env, t, onward.targetId, natSubnet.vpcId, { entityId: nat.id, kind: "nat-gateway", name: nat.name, hasPublicIp: true });
}
