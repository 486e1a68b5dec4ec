import type { Design } from "../design/schema";
import type { ReachEnv } from "../reach/env";
import type { Blocker } from "../reach/types";
import type { Finding } from "../rules/types";

/** The steps of the lab note, in the note's order. */
export const LAB_STEP_IDS = ["region", "vpc", "subnets", "internet-gateway", "route-tables", "nat-gateway", "security-group", "instances", "load-balancer", "deploy", "test-load-balancer", "cleanup"] as const;
export type LabStepId = (typeof LAB_STEP_IDS)[number];

/**
 * One thing still missing or wrong. `key` selects the sentence in the UI's `lab.problems`
 * catalogue; `finding` carries a rule's finding, `blocker` a reachability blocker, whose own
 * text the UI renders in the learner's language.
 */
export type LabProblem = { key: string; params: Readonly<Record<string, string | number>>; entityIds: string[]; finding?: Finding; blocker?: Blocker };

/** Deployment state as the page already knows it: the current deployment and each entity's phase. */
export type LabDeployment = { deploymentId: string | null; phases: Readonly<Record<string, string>> };

export type LabInput = {
  design: Design;
  deployment: LabDeployment;
  /** Steps the learner confirmed by hand (testing the load balancer, finishing cleanup). */
  confirmed: ReadonlySet<LabStepId>;
};

export type LabContext = LabInput & { env: ReachEnv; findings: readonly Finding[] };

export type LabStep = { id: LabStepId; check(ctx: LabContext): LabProblem[] };

export type LabStepState = { id: LabStepId; problems: LabProblem[]; isDone: boolean; isUnlocked: boolean };
export type LabProgress = { steps: LabStepState[]; current: LabStepId | null };
