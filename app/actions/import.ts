"use server";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { ImportVpcInputSchema, ListVpcsInputSchema } from "../../lib/actions/inputs";
import type { ImportResult } from "../../lib/interop/to-design";
import { asAction } from "../../server/actions/run-action";
import { importActions } from "../../server/actions/import-actions";
import type { VpcChoice } from "../../server/interop/import-vpc";

/** The VPCs of a region, for the picker (read only). */
export async function listVpcsAction(input: unknown): Promise<ActionResult<VpcChoice[]>> {
  const parsed = ListVpcsInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("import", parsed.error);
  return asAction("import", () => importActions.list(parsed.data.target, parsed.data.region));
}

/** One VPC as a design document, with what the design cannot express (read only). */
export async function importVpcAction(input: unknown): Promise<ActionResult<ImportResult>> {
  const parsed = ImportVpcInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("import", parsed.error);
  return asAction("import", () => importActions.importVpc(parsed.data.target, parsed.data.region, parsed.data.vpcId));
}
