import { z } from "zod";
import { RegionSchema } from "../design/schema";

/**
 * The input schemas of every server action, each field defined once: an action is a public
 * POST endpoint, so everything it receives is parsed here before any server code sees it.
 */

/** `dep-<time>-<random>`, as `newDeploymentId` makes them. */
export const DeploymentIdSchema = z.string().regex(/^dep-[a-z0-9]+-[a-z0-9]+$/, "not a deployment id");
/** An AWS region code: the design document's own schema for it. */
export { RegionSchema };
/** Where a deployment goes: the local sandbox or a real AWS account. */
export const TargetKindSchema = z.enum(["sandbox", "aws"]);
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** A confirmation token the server issued at the confirm step (32 random bytes, base64url). */
export const ConfirmTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a confirmation token from the confirm step");
/** A design travels as plain JSON and is loaded through `migrate()` on the server, like any document. */
export const PreflightInputSchema = z.strictObject({ design: z.unknown(), target: TargetKindSchema });
/** A deploy carries the token its preflight issued (a real account refuses without it). */
export const DeployInputSchema = PreflightInputSchema.extend({ confirmation: ConfirmTokenSchema.optional() });
export const DeploymentIdInputSchema = z.strictObject({ deploymentId: DeploymentIdSchema });
export const CleanupInputSchema = z.strictObject({ deploymentId: DeploymentIdSchema, stepId: z.string().max(300).optional(), confirmation: ConfirmTokenSchema.optional() });
export const AlbTestInputSchema = z.strictObject({ deploymentId: DeploymentIdSchema, count: z.number().int().min(1).max(100) });
/** One instance of a deployment, by its logical id in the design. */
export const ConsoleInputSchema = z.strictObject({ deploymentId: DeploymentIdSchema, logicalId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "not an instance id from the design") });
/** Hours until auto-cleanup (a lab timer), or null to cancel it. */
export const LabTimerInputSchema = z.strictObject({ deploymentId: DeploymentIdSchema, hours: z.number().min(0.05).max(72).nullable() });
export const SweepScanInputSchema = z.strictObject({ region: RegionSchema, target: TargetKindSchema });
/** Any tag value this app writes; the sweep acts only on resources carrying exactly this value. */
export const SweepConfirmInputSchema = SweepScanInputSchema.extend({ deploymentId: z.string().min(1).max(128) });
/** Deleting a group carries the token its confirm step issued (a real account refuses without it). */
export const SweepGroupInputSchema = SweepConfirmInputSchema.extend({ confirmation: ConfirmTokenSchema.optional() });

/** "Import from AWS", step 1: the VPCs of a region on the sandbox or the account. */
export const ListVpcsInputSchema = z.strictObject({ target: TargetKindSchema, region: RegionSchema });

/** Step 2: one of them, by its AWS id. */
export const ImportVpcInputSchema = ListVpcsInputSchema.extend({
  vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, "a VPC id looks like vpc-0abc1234"),
});

/** "Adopt as deployment": the same VPC, recorded as a deployment whose desired state is its import. */
export const AdoptVpcInputSchema = ImportVpcInputSchema;
