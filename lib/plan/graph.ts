import type { Design } from "../design/schema";
import type { Step, StepId } from "./types";

/**
 * The plan under construction, threaded through the compiler's passes. `needs` are ordering
 * constraints AWS imposes without a data reference (an attached gateway, a route to the
 * internet); reference edges are derived from the steps' inputs.
 */
export type PlanGraph = {
  design: Design;
  steps: Record<StepId, Step>;
  edges: Array<[StepId, StepId]>;
  needs: Array<[from: StepId, to: StepId, why: string]>;
  /** Entities whose references point at nothing: reported instead of compiled. */
  missing: Array<{ stepId: StepId; ref: StepId }>;
};

/** What goes wrong when compiling, as data: a cycle names its steps. */
export type PlanError =
  | { code: "cycle"; message: string; stepIds: StepId[] }
  | { code: "missing-reference"; message: string; stepIds: StepId[] };

export type PlanResult<T> = { ok: true; plan: T } | { ok: false; error: PlanError };

export const stepIds = {
  vpc: (id: string) => `create:vpc:${id}`,
  vpcDns: (id: string) => `update:vpc-dns:${id}`,
  subnet: (id: string) => `create:subnet:${id}`,
  subnetPublicIp: (id: string) => `update:subnet-public-ip:${id}`,
  igw: (id: string) => `create:internet-gateway:${id}`,
  igwAttachment: (id: string) => `create:igw-attachment:${id}`,
  routeTable: (id: string) => `create:route-table:${id}`,
  route: (table: string, destination: string) => `create:route:${table}:${destination}`,
  association: (table: string, subnet: string) => `create:route-table-association:${table}:${subnet}`,
  eip: (id: string) => `create:elastic-ip:${id}`,
  nat: (id: string) => `create:nat-gateway:${id}`,
  sg: (id: string) => `create:security-group:${id}`,
  sgRules: (id: string) => `create:security-group-rules:${id}`,
  instance: (id: string) => `create:instance:${id}`,
  targetGroup: (id: string) => `create:target-group:${id}`,
  registration: (tg: string, instance: string) => `create:target-registration:${tg}:${instance}`,
  loadBalancer: (id: string) => `create:load-balancer:${id}`,
  listener: (lb: string, port: number) => `create:listener:${lb}:${port}`,
  loadBalancerActive: (id: string) => `wait:load-balancer-active:${id}`,
};

/** Adds a step (a new object; passes never mutate their input's steps). */
export function withStep(g: PlanGraph, step: Omit<Step, "action"> & { action?: Step["action"] }): PlanGraph {
  return { ...g, steps: { ...g.steps, [step.id]: { action: "create", ...step } } };
}
