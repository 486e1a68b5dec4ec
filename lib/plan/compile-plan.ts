import type { Design } from "../design/schema";
import { emptyDraft, finishPlan, type CreateDraft, type PlanResult } from "./plan-draft";
import { addComputeSteps } from "./passes/compute-steps";
import { addAwsOrderingEdges, addReferenceEdges } from "./passes/edges";
import { assertSound, transitiveReduce } from "./passes/graph-checks";
import { addNetworkSteps } from "./passes/network-steps";
import type { Plan } from "./types";

/**
 * Compiles a design (one with no error findings) into the create plan: a DAG of steps whose
 * inputs refer to earlier steps' outputs symbolically, never to AWS ids. Pure and
 * deterministic: the same design gives a byte-identical plan (steps and edges sorted).
 * Near-linear in the design's size (`npm run bench:plan`).
 *
 * Passes, in order:
 * 1. addNetworkSteps, addComputeSteps — one step per AWS action group, no edges yet;
 * 2. addReferenceEdges — a step waits for the steps it reads outputs from (needs all steps);
 * 3. addAwsOrderingEdges — orderings AWS enforces without a data reference;
 * 4. assertSound — references to nothing and cycles become a PlanError (needs all edges);
 * 5. transitiveReduce — keep only direct needs (acyclic input only, so after 4).
 * The destroy plan (`destroy-plan.ts`) runs its own first passes, then the same 4 and 5.
 */
export function compilePlan(design: Design): PlanResult<Plan> {
  const start: CreateDraft = { ...emptyDraft(), design };
  const built = addAwsOrderingEdges(addReferenceEdges(addComputeSteps(addNetworkSteps(start))));
  const checked = assertSound(built);
  if (!checked.ok) return checked;
  return { ok: true, plan: finishPlan(transitiveReduce(checked.plan), "code-unit") };
}
