"use server";
import { headers } from "next/headers";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { AdoptVpcInputSchema, ImportVpcInputSchema, ListVpcsInputSchema } from "../../lib/actions/inputs";
import type { ImportResult } from "../../lib/interop/to-design";
import { asAction } from "../../server/actions/run-action";
import { importActions } from "../../server/actions/import-actions";
import type { AdoptResult } from "../../server/interop/adopt-vpc";
import { guardInstructor } from "../../server/class/guard";
import { importTarget } from "../../server/class/read-scope";
import type { VpcChoice } from "../../server/interop/import-vpc";

/** The VPCs of a region, for the picker (read only). */
export async function listVpcsAction(input: unknown): Promise<ActionResult<VpcChoice[]>> {
  const parsed = ListVpcsInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("import", parsed.error);
  return asAction("import", async () => {
    // Team mode: signed in, and a student reads their own account.
    return importActions.list(await importTarget(await headers(), parsed.data.target, parsed.data.region));
  });
}

/** One VPC as a design document, with what the design cannot express (read only). */
export async function importVpcAction(input: unknown): Promise<ActionResult<ImportResult>> {
  const parsed = ImportVpcInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("import", parsed.error);
  return asAction("import", async () => {
    return importActions.importVpc(await importTarget(await headers(), parsed.data.target, parsed.data.region), parsed.data.vpcId);
  });
}

/**
 * Adopts one VPC as a deployment whose desired state is its import (read again here, so what
 * is recorded is what AWS has now). Writes nothing to AWS; the deployment is never cleaned up.
 */
export async function adoptVpcAction(input: unknown): Promise<ActionResult<AdoptResult>> {
  const parsed = AdoptVpcInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("adopt", parsed.error);
  return asAction("adopt", async () => {
    // Team mode: an adopted VPC belongs to no student, so only the instructor adopts one.
    const requestHeaders = await headers();
    await guardInstructor(requestHeaders);
    return importActions.adopt(await importTarget(requestHeaders, parsed.data.target, parsed.data.region), parsed.data.vpcId);
  });
}
