import { z } from "zod";

const DeploymentId = z.string().regex(/^dep-[a-z0-9]+-[a-z0-9]+$/, "not a deployment id");

export const StatusInputSchema = z.strictObject({ deploymentId: DeploymentId });
export const CleanupInputSchema = z.strictObject({ deploymentId: DeploymentId, stepId: z.string().max(300).optional() });
export const AlbTestInputSchema = z.strictObject({ deploymentId: DeploymentId, count: z.number().int().min(1).max(100) });
/** One instance of a deployment, by its logical id in the design. */
export const ConsoleInputSchema = z.strictObject({ deploymentId: DeploymentId, logicalId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "not an instance id from the design") });
/** Hours until auto-cleanup (a lab timer), or null to cancel it. */
export const LabTimerInputSchema = z.strictObject({ deploymentId: DeploymentId, hours: z.number().min(0.05).max(72).nullable() });
export const SweepScanInputSchema = z.strictObject({
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, "a region looks like ap-northeast-2"),
  target: z.enum(["sandbox", "aws"]),
});
/** Any tag value this app writes; the sweep acts only on resources carrying exactly this value. */
export const SweepGroupInputSchema = SweepScanInputSchema.extend({ deploymentId: z.string().min(1).max(128) });
