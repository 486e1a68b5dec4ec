import type { Plan } from "../plan/types";
import type { DeploymentState } from "./replay";

/**
 * Which output names a kind's AWS id, for steps that create something. Kinds missing here
 * (DNS attributes, MapPublicIpOnLaunch, waits) change settings and create nothing.
 */
export const PRIMARY_OUTPUT: Record<string, string> = {
  vpc: "VpcId",
  subnet: "SubnetId",
  "internet-gateway": "InternetGatewayId",
  "igw-attachment": "InternetGatewayId",
  "route-table": "RouteTableId",
  route: "RouteTableId",
  "route-table-association": "AssociationId",
  "elastic-ip": "AllocationId",
  "nat-gateway": "NatGatewayId",
  "security-group": "GroupId",
  "security-group-rules": "GroupId",
  instance: "InstanceId",
  "target-group": "TargetGroupArn",
  "load-balancer": "LoadBalancerArn",
  listener: "ListenerArn",
  "target-registration": "TargetGroupArn",
};

/**
 * Something a deployment created, as its journal records it. `certain: false` marks a step that
 * began and never ended: AWS may or may not have the resource, so cleanup finds it by tag.
 */
export type RecordedResource = {
  stepId: string;
  logicalId: string;
  kind: string;
  awsId?: string;
  attributes: Record<string, string>;
  certain: boolean;
};

/**
 * Everything the journal says a deployment created (or may have created), in plan order.
 * Cleanup builds its destroy plan from this, never from the current design.
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
