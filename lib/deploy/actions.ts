import { z } from "zod";

/** What every server action returns: data, or an error with a code like `invalid_input:design`. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } };

export const TargetKindSchema = z.enum(["sandbox", "aws"]);
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** A design travels as plain JSON and is loaded through `migrate()` on the server, like any document. */
export const DeployInputSchema = z.strictObject({ design: z.unknown(), target: TargetKindSchema });
export const DeploymentIdInputSchema = z.strictObject({ deploymentId: z.string().regex(/^dep-[a-z0-9]+-[a-z0-9]+$/, "not a deployment id") });

/** zod issues as `{ path, message }` for an ActionResult. */
export function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}
