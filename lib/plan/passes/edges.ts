import { effectiveRouteTable, DEFAULT_ROUTE } from "../../design/routing";
import type { Design } from "../../design/schema";
import { stepIds as S, type PlanGraph } from "../graph";
import { isOutputRef, type StepId, type StepInput } from "../types";

function refsIn(value: StepInput, found: StepId[] = []): StepId[] {
  if (isOutputRef(value)) found.push(value.ref);
  else if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => refsIn(v, found));
  return found;
}

/** A step waits for every step whose output it reads. References to nothing are collected as `missing`. */
export function addReferenceEdges(g: PlanGraph): PlanGraph {
  const edges = [...g.edges];
  const missing = [...g.missing];
  for (const step of Object.values(g.steps)) {
    for (const target of new Set(refsIn(step.inputs))) {
      if (g.steps[target]) edges.push([target, step.id]);
      else missing.push({ stepId: step.id, ref: target });
    }
  }
  return { ...g, edges, missing };
}

const attachmentsOf = (design: Design, vpcId: string) =>
  Object.values(design.internetGateways).filter((igw) => igw.vpcId === vpcId).map((igw) => S.igwAttachment(igw.id));

/**
 * Orderings AWS enforces without a data reference:
 * - a NAT gateway, an internet-facing ALB and a route to an IGW need the IGW *attached* to the
 *   VPC (Gateway.NotAttached / "VPC has no internet gateway" otherwise);
 * - an instance with user data needs its way to the internet in place before it boots:
 *   cloud-init runs user data once, at first boot, and `apt-get install` fails without a
 *   route, leaving the app uninstalled for good. So it waits for its subnet's default route
 *   (and association); behind a NAT that means waiting for the NAT to be `available`.
 *   Instances without user data do not wait: nothing at boot needs the internet.
 */
export function addAwsOrderingEdges(g: PlanGraph): PlanGraph {
  const d = g.design;
  const needs: PlanGraph["needs"] = [...g.needs];
  for (const nat of Object.values(d.natGateways)) {
    const vpcId = d.subnets[nat.subnetId]?.vpcId;
    for (const a of vpcId ? attachmentsOf(d, vpcId) : []) needs.push([a, S.nat(nat.id), "the internet gateway must be attached"]);
  }
  for (const table of Object.values(d.routeTables)) {
    for (const route of table.routes) {
      if (route.target.kind === "internet-gateway") needs.push([S.igwAttachment(route.target.internetGatewayId), S.route(table.id, route.destination), "the gateway must be attached"]);
    }
  }
  for (const lb of Object.values(d.loadBalancers)) {
    const vpcId = d.subnets[lb.subnetIds[0]]?.vpcId;
    if (lb.scheme === "internet-facing" && vpcId) for (const a of attachmentsOf(d, vpcId)) needs.push([a, S.loadBalancer(lb.id), "an internet-facing ALB needs the gateway"]);
  }
  for (const instance of Object.values(d.instances)) {
    if (!instance.userData.trim()) continue;
    for (const from of internetPathSteps(d, instance.subnetId)) needs.push([from, S.instance(instance.id), "user data needs the internet at first boot"]);
  }
  const present = needs.filter(([from, to]) => g.steps[from] && g.steps[to]);
  return { ...g, needs: present, edges: [...g.edges, ...present.map(([from, to]) => [from, to] as [StepId, StepId])] };
}

/** The steps that give a subnet its default route: the route itself and the subnet's association. */
function internetPathSteps(d: Design, subnetId: string): StepId[] {
  const subnet = d.subnets[subnetId];
  const table = subnet && effectiveRouteTable(d, subnet);
  if (!table) return [];
  const route = table.routes.find((r) => r.destination === DEFAULT_ROUTE && r.target.kind !== "local");
  if (!route) return [];
  const steps = [S.route(table.id, route.destination)];
  if ((table.subnetIds as string[]).includes(subnetId)) steps.push(S.association(table.id, subnetId));
  return steps;
}
