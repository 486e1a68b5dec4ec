/**
 * Converts what was described in one VPC into a design document. Pure: the server reads AWS,
 * this decides. Whatever the design model cannot express is returned in `unsupported`, one
 * note each (a code and parameters, plus the English line: lib/interop/notes.ts), never
 * dropped silently. `awsIds` maps each design entity to the AWS id it was read from, which is
 * what adopting the VPC as a deployment records (lib/interop/adopt.ts).
 */
import { SCHEMA_VERSION } from "../design/constants";
import type { Design } from "../design/schema";
import { computeOf } from "./to-design-compute";
import type { DescribedVpc } from "./described";
import { idAllocator, nameOf } from "./naming";
import type { ImportNote } from "./notes";
import { networkOf } from "./to-design-network";

export type ImportResult = { design: Design; unsupported: ImportNote[]; awsIds: Record<string, string> };

/** The design of one described VPC (layout left empty: the caller runs the auto-layout). */
export function describedToDesign(described: DescribedVpc): ImportResult {
  const ids = idAllocator();
  const unsupported: ImportNote[] = [];
  const network = networkOf(described, ids, unsupported);
  const compute = computeOf(described, ids, unsupported);
  const zones = [...new Set(Object.values(network.subnets).map((s) => s.availabilityZone))].sort();
  const vpcAwsId = described.vpc.VpcId ?? "vpc";
  const design = {
    schemaVersion: SCHEMA_VERSION,
    name: nameOf(described.vpc.Tags, vpcAwsId),
    region: described.region,
    availabilityZones: zones,
    ...network,
    ...compute,
    layout: {},
  };
  return { design: design as unknown as Design, unsupported, awsIds: ids.awsIds() };
}
