import type { Design } from "../design/schema";
import { estimateCost, type CostLine } from "../plan/cost";

export type RunningCost = {
  /** USD per hour for what still exists (known prices only). */
  perHour: number;
  /** The billable lines of what still exists, as `estimateCost` words them. */
  lines: CostLine[];
  /** True when some line has no price: `perHour` is then a lower bound. */
  hasUnknown: boolean;
};

/**
 * What a deployment still costs per hour: the plan's cost estimate (lib/plan/cost.ts) for the
 * part of its design that still exists in AWS — the entities whose resources were created and
 * not yet deleted. A cleaned-up deployment costs nothing; a half-deployed one only what it made.
 *
 * @example runningCost(seedLab, new Set()).perHour === 0
 */
export function runningCost(design: Design, existing: ReadonlySet<string>): RunningCost {
  const keep = <T>(table: Record<string, T>) => Object.fromEntries(Object.entries(table).filter(([id]) => existing.has(id))) as Record<string, T>;
  const still: Design = {
    ...design,
    natGateways: keep(design.natGateways),
    loadBalancers: keep(design.loadBalancers),
    instances: keep(design.instances),
    elasticIps: keep(design.elasticIps),
  };
  const cost = estimateCost(still);
  return { perHour: cost.perHour, lines: cost.lines, hasUnknown: cost.hasUnknown };
}
