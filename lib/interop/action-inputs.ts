import { z } from "zod";
import { TargetKindSchema } from "../deploy/actions";
import { RegionSchema } from "../design/schema";

/** "Import from AWS", step 1: the VPCs of a region on the sandbox or the account. */
export const ListVpcsInputSchema = z.strictObject({ target: TargetKindSchema, region: RegionSchema });

/** Step 2: one of them, by its AWS id. */
export const ImportVpcInputSchema = ListVpcsInputSchema.extend({
  vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, "a VPC id looks like vpc-0abc1234"),
});
