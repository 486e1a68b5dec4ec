import { ownResourceKind, type OwnResourceKind } from "./kinds";

/**
 * Something a deployment created, as its journal records it (`recordedResourcesOf`), or as the
 * sweep found it by tag: the input of a destroy plan, never the current design, which may
 * have changed since the deploy. `awsId` is the id or ARN AWS returned; it is missing when a
 * create began and never ended, and cleanup then finds the resource by its tags.
 */
export type RecordedResource = {
  logicalId: string;
  /** A create step kind (`lib/plan/kinds.ts`): "vpc", "route", "igw-attachment", … */
  kind: string;
  awsId?: string;
  /** The create step's outputs (`VpcId`, `Name`, `IsMain`, …). */
  attributes?: Record<string, string>;
  /** The create step that recorded it; absent for what the sweep found by tag. */
  stepId?: string;
  /** False when the step began and never ended: AWS may or may not have it. Absent means certain. */
  certain?: boolean;
};

/** A recorded resource cleanup deletes itself, with its AWS id known. */
export type TeardownResource = RecordedResource & { kind: OwnResourceKind; awsId: string };

/**
 * Keeps the resources cleanup acts on (one per AWS id), dropping sub-resources like routes,
 * which AWS deletes with their parent.
 *
 * @example teardownResources([{ logicalId: "rt", kind: "route", awsId: "rtb-1" }]).length === 0
 */
export function teardownResources(recorded: readonly RecordedResource[]): TeardownResource[] {
  const seen = new Set<string>();
  const out: TeardownResource[] = [];
  for (const resource of recorded) {
    const kind = ownResourceKind(resource.kind);
    if (!kind || !resource.awsId || seen.has(`${kind}:${resource.awsId}`)) continue;
    seen.add(`${kind}:${resource.awsId}`);
    out.push({ ...resource, kind, awsId: resource.awsId });
  }
  return out;
}
