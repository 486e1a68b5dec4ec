import { reach } from "../reach/reach";
import type { Protocol } from "../reach/types";
import type { LabContext, LabProblem } from "./types";

/** A problem with its catalogue key, values and the entities to point at. */
export function problem(key: string, params: LabProblem["params"] = {}, entityIds: string[] = []): LabProblem {
  return { key, params, entityIds };
}

/**
 * Asks reachability and turns a wrong answer into a problem: when the lab expects a path and it
 * is blocked, the blocker (with its own explanation) is the problem; when the lab expects no
 * path (a private instance from the Internet) and there is one, that is the problem.
 */
export function expectReach(ctx: LabContext, from: string, to: string, port: number, expected: "reachable" | "blocked", protocol: Protocol = "tcp"): LabProblem | null {
  const result = reach(ctx.env, { from, to, protocol, port });
  if (!result.ok || result.answer.verdict === expected) return null;
  const params = { from: nameOf(ctx, from), to: nameOf(ctx, to), port };
  if (expected === "blocked") return problem("reach-open", params, [from, to].filter((id) => id !== "internet"));
  const blocker = result.answer.blockedAt!;
  return { key: "reach-blocked", params, entityIds: [blocker.entityId], blocker };
}

/** Findings of the rules with an error on any of the entities, as problems. */
export function ruleErrors(ctx: LabContext, entityIds: readonly string[], ruleFilter: (ruleId: string) => boolean = () => true): LabProblem[] {
  const ids = new Set(entityIds);
  return ctx.findings
    .filter((f) => f.severity === "error" && ruleFilter(f.ruleId) && f.entityIds.some((id) => ids.has(id)))
    .map((f) => ({ key: "rule", params: {}, entityIds: f.entityIds, finding: f }));
}

function nameOf(ctx: LabContext, id: string): string {
  if (id === "internet") return "internet";
  const d = ctx.design as unknown as Record<string, Record<string, { name?: string } | undefined>>;
  for (const key of ["instances", "subnets", "loadBalancers"]) if (d[key][id]?.name) return d[key][id]!.name!;
  return id;
}
