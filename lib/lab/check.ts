import { buildEnv } from "../reach/env";
import { validateDesign } from "../rules";
import { COMPUTE_STEPS } from "./steps-compute";
import { DEPLOY_STEPS } from "./steps-deploy";
import { NETWORK_STEPS } from "./steps-network";
import type { LabContext, LabInput, LabProgress, LabStep, LabStepId, LabStepState } from "./types";

/** Every step in the note's order. */
export const LAB_STEPS: readonly LabStep[] = [...NETWORK_STEPS, ...COMPUTE_STEPS, ...DEPLOY_STEPS];

/**
 * Checks the learner's canvas against every step, in order, with the rules and reachability.
 * A step is unlocked when every step before it is done, so fixing an early mistake is always
 * the next thing to do; `current` is the first step not done (null when the lab is complete).
 */
export function checkLab(input: LabInput): LabProgress {
  const ctx: LabContext = { ...input, env: buildEnv(input.design), findings: validateDesign(input.design) };
  const steps: LabStepState[] = [];
  let allBefore = true;
  for (const step of LAB_STEPS) {
    const problems = step.check(ctx);
    const isDone = problems.length === 0;
    steps.push({ id: step.id, problems, isDone, isUnlocked: allBefore });
    allBefore = allBefore && isDone;
  }
  const current: LabStepId | null = steps.find((s) => !s.isDone)?.id ?? null;
  return { steps, current };
}
