import { PRIMARY_OUTPUT } from "../plan/kinds";
import type { RecordedResource } from "../plan/recorded";
import type { Plan } from "../plan/types";
import type { DeploymentState } from "./replay";

/**
 * Everything the journal says a deployment created (or may have created), in plan order.
 * Cleanup builds its destroy plan from this, never from the current design. A step that
 * began and never ended is recorded with `certain: false`: AWS may or may not have it, so
 * cleanup finds it by tag.
 */
export function recordedResourcesOf(plan: Plan, state: DeploymentState): RecordedResource[] {
  const resources: RecordedResource[] = [];
  for (const step of Object.values(plan.steps)) {
    const primary = PRIMARY_OUTPUT[step.kind];
    const record = state.steps[step.id];
    if (!primary || step.action !== "create" || !record) continue;
    const attributes = record.outputs ?? {};
    if (record.state === "ok") {
      resources.push({ stepId: step.id, logicalId: step.logicalId, kind: step.kind, awsId: attributes[primary], attributes, certain: true });
    } else if (record.state === "running" || (record.state === "failed" && record.attempts > 0)) {
      resources.push({ stepId: step.id, logicalId: step.logicalId, kind: step.kind, awsId: attributes[primary], attributes, certain: false });
    }
  }
  return resources;
}
