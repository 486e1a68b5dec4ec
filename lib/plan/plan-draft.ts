import type { Design } from "../design/schema";
import type { TeardownResource } from "./recorded";
import type { Plan, Step, StepId } from "./types";

/**
 * A plan under construction, threaded through the compiler's passes (create and destroy
 * alike). `needs` are ordering constraints AWS imposes without a data reference (an attached
 * gateway, a route to the internet), each with its reason; reference edges are derived from
 * the steps' inputs.
 */
export type PlanDraft = {
  /** Keyed by step id; a Map, since a large design has tens of thousands. */
  steps: ReadonlyMap<StepId, Step>;
  edges: Array<[StepId, StepId]>;
  needs: Array<[from: StepId, to: StepId, why: string]>;
  /** Entities whose references point at nothing: reported instead of compiled. */
  missing: Array<{ stepId: StepId; ref: StepId }>;
};

/** A create plan's draft: compiled from the design. */
export type CreateDraft = PlanDraft & { design: Design };

/** A destroy plan's draft: compiled from the recorded resources cleanup deletes. */
export type DestroyDraft = PlanDraft & { resources: readonly TeardownResource[] };

export const emptyDraft = (): PlanDraft => ({ steps: new Map(), edges: [], needs: [], missing: [] });

/** The draft with `steps` added (a new Map; passes never mutate their input). */
export function withSteps<D extends PlanDraft>(g: D, steps: readonly Step[]): D {
  const all = new Map(g.steps);
  for (const step of steps) all.set(step.id, step);
  return { ...g, steps: all };
}

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

/** Locale order of ids, as the plans have always been sorted with `localeCompare`. */
export const byLocale = (a: StepId, b: StepId): number => a.localeCompare(b);

/**
 * The finished plan: steps keyed in `stepOrder`, edges sorted by (from, to) in locale order,
 * as each compiler has always stored them (create steps by code unit, destroy steps in locale
 * order), so stored plans stay byte-identical. Edges must be unique (after `transitiveReduce`).
 * The ids are ranked once and the edges sorted as numbers: a locale comparison per pair of
 * edges dominated a large plan's compile time.
 */
export function finishPlan(draft: PlanDraft, stepOrder: "code-unit" | "locale"): Plan {
  const byLocaleIds = [...draft.steps.keys()].sort(byLocale);
  const ids = stepOrder === "locale" ? byLocaleIds : [...draft.steps.keys()].sort();
  const n = byLocaleIds.length;
  const rank = new Map(byLocaleIds.map((id, i) => [id, i]));
  const hasTies = byLocaleIds.some((id, i) => i > 0 && byLocale(byLocaleIds[i - 1], id) === 0);
  let edges: Array<[StepId, StepId]>;
  if (hasTies) edges = [...draft.edges].sort((a, b) => byLocale(a[0], b[0]) || byLocale(a[1], b[1]));
  else {
    const keys = new Float64Array(draft.edges.length);
    draft.edges.forEach(([from, to], e) => (keys[e] = rank.get(from)! * n + rank.get(to)!));
    edges = Array.from(keys.sort(), (key): [StepId, StepId] => [byLocaleIds[Math.floor(key / n)], byLocaleIds[key % n]]);
  }
  return { steps: Object.fromEntries(ids.map((id) => [id, draft.steps.get(id)!])), edges };
}
