import { routeTableIndex, DEFAULT_ROUTE } from "../../design/routing";
import type { Design, RouteTable } from "../../design/schema";
import { stepIds as S, type CreateDraft } from "../plan-draft";
import { isOutputRef, type StepId, type StepInput } from "../types";

/** The steps an input refers to, in the order they appear (repeats included). */
function refsIn(value: StepInput, found: StepId[] = []): StepId[] {
  if (value === null || typeof value !== "object") return found;
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (isOutputRef(value)) found.push(value.ref);
  else for (const key in value) refsIn(value[key], found);
  return found;
}

/**
 * A step waits for every step whose output it reads. References to nothing are collected as
 * `missing`. Edges hold the steps' own id strings (not the references' equal copies), so the
 * later passes hash each id once.
 */
export function addReferenceEdges(g: CreateDraft): CreateDraft {
  const edges = [...g.edges];
  const missing = [...g.missing];
  for (const step of g.steps.values()) {
    const refs = refsIn(step.inputs);
    for (const target of refs.length > 1 ? new Set(refs) : refs) {
      const from = g.steps.get(target);
      if (from) edges.push([from.id, step.id]);
      else missing.push({ stepId: step.id, ref: target });
    }
  }
  return { ...g, edges, missing };
}

/** The attach steps of the internet gateways attached to each VPC, in the design's order. */
function attachmentsByVpc(design: Design): (vpcId: string | undefined) => StepId[] {
  const byVpc = new Map<string, StepId[]>();
  for (const igw of Object.values(design.internetGateways)) if (igw.vpcId) byVpc.set(igw.vpcId, [...(byVpc.get(igw.vpcId) ?? []), S.igwAttachment(igw.id)]);
  return (vpcId) => (vpcId ? (byVpc.get(vpcId) ?? []) : []);
}

/**
 * Orderings AWS enforces without a data reference:
 * - a NAT gateway, an internet-facing ALB and a route to an IGW need the IGW *attached* to the
 *   VPC (Gateway.NotAttached / "VPC has no internet gateway" otherwise);
 * - an instance with user data needs its way to the internet in place before it boots:
 *   cloud-init runs user data once, at first boot, and `apt-get install` fails without a
 *   route, leaving the app uninstalled for good. So it waits for its subnet's default route
 *   (and association); behind a NAT that means waiting for the NAT to be `available`.
 *   Instances without user data do not wait: nothing at boot needs the internet.
 * Gateways and route tables are indexed once, so the pass is linear in the design.
 */
export function addAwsOrderingEdges(g: CreateDraft): CreateDraft {
  const d = g.design;
  const attachmentsOf = attachmentsByVpc(d);
  const tableOf = routeTableIndex(d);
  const needs: CreateDraft["needs"] = [...g.needs];
  for (const nat of Object.values(d.natGateways)) {
    for (const a of attachmentsOf(d.subnets[nat.subnetId]?.vpcId)) needs.push([a, S.nat(nat.id), "the internet gateway must be attached"]);
  }
  for (const table of Object.values(d.routeTables)) {
    for (const route of table.routes) {
      if (route.target.kind === "internet-gateway") needs.push([S.igwAttachment(route.target.internetGatewayId), S.route(table.id, route.destination), "the gateway must be attached"]);
    }
  }
  for (const lb of Object.values(d.loadBalancers)) {
    if (lb.scheme === "internet-facing") for (const a of attachmentsOf(d.subnets[lb.subnetIds[0]]?.vpcId)) needs.push([a, S.loadBalancer(lb.id), "an internet-facing ALB needs the gateway"]);
  }
  for (const instance of Object.values(d.instances)) {
    if (!instance.userData.trim()) continue;
    const subnet = d.subnets[instance.subnetId];
    for (const from of subnet ? internetPathSteps(g, subnet.id, tableOf(subnet)) : []) needs.push([from, S.instance(instance.id), "user data needs the internet at first boot"]);
  }
  const present = needs.flatMap(([from, to, why]): CreateDraft["needs"] => {
    const [a, b] = [g.steps.get(from), g.steps.get(to)];
    return a && b ? [[a.id, b.id, why]] : [];
  });
  return { ...g, needs: present, edges: [...g.edges, ...present.map(([from, to]) => [from, to] as [StepId, StepId])] };
}

/**
 * The steps that give a subnet its default route: the route itself and the subnet's explicit
 * association (a subnet on its VPC's main table has none).
 */
function internetPathSteps(g: CreateDraft, subnetId: string, table: RouteTable | undefined): StepId[] {
  const route = table?.routes.find((r) => r.destination === DEFAULT_ROUTE && r.target.kind !== "local");
  if (!table || !route) return [];
  const association = S.association(table.id, subnetId);
  return g.steps.has(association) ? [S.route(table.id, route.destination), association] : [S.route(table.id, route.destination)];
}
