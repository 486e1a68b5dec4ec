import { ENTITY_COLLECTIONS } from "../design/constants";
import type { Design } from "../design/schema";
import { problem } from "./problems";
import type { LabProblem, LabStep } from "./types";

/** Entities that become AWS resources (layout and the design itself do not). */
function entityIds(design: Design): string[] {
  return ENTITY_COLLECTIONS.flatMap((c) => Object.keys(design[c]));
}

/**
 * Deploy to the sandbox: every resource the page tracks is ready in the current deployment. Once
 * seen, the UI records it (`confirmed`), so cleaning up later does not undo this step.
 */
const deploy: LabStep = {
  id: "deploy",
  check: ({ design, deployment, findings, confirmed }) => {
    if (confirmed.has("deploy")) return [];
    const errors = findings.filter((f) => f.severity === "error").length;
    if (errors) return [problem("deploy-errors", { count: errors })];
    // The page tracks the resources it shows; instances and load balancers always among them.
    const all = entityIds(design);
    const ids = all.filter((id) => deployment.phases[id] !== undefined);
    const ready = ids.filter((id) => deployment.phases[id] === "ready").length;
    const mustHave = [...Object.keys(design.instances), ...Object.keys(design.loadBalancers)];
    const isComplete = ids.length > 0 && ready === ids.length && mustHave.every((id) => deployment.phases[id] === "ready");
    if (!deployment.deploymentId || !isComplete) return [problem("deploy-pending", { ready, total: ids.length || all.length })];
    return [];
  },
};

/**
 * Test the load balancer: the Status tab sends requests and shows which private IPs answered;
 * the page keeps no record of that result, so the learner confirms what they saw.
 */
const testLoadBalancer: LabStep = {
  id: "test-load-balancer",
  check: ({ design, deployment, confirmed }) => {
    if (confirmed.has("test-load-balancer")) return [];
    const lb = Object.values(design.loadBalancers)[0];
    if (!lb || deployment.phases[lb.id] !== "ready") return [problem("alb-not-ready")];
    return [problem("alb-test-pending", { name: lb.name })];
  },
};

/** Guided cleanup: nothing of the deployment is left (every entity deleted), confirmed by the learner. */
const cleanup: LabStep = {
  id: "cleanup",
  check: ({ design, deployment, confirmed }) => {
    const left = entityIds(design).filter((id) => deployment.phases[id] !== undefined && deployment.phases[id] !== "deleted");
    const out: LabProblem[] = left.length ? [problem("cleanup-left", { count: left.length }, left)] : [];
    if (!confirmed.has("cleanup")) out.push(problem("cleanup-pending"));
    return out;
  },
};

export const DEPLOY_STEPS: readonly LabStep[] = [deploy, testLoadBalancer, cleanup];
