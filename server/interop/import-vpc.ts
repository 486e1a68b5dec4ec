import "server-only";
import { replaceLayout } from "../../lib/design/ops";
import { describeLoadIssues, migrate } from "../../lib/design/migrate";
import { autoLayoutGraph, layoutFromElk, type ElkNode } from "../../lib/flow/auto-layout";
import type { DescribedVpc } from "../../lib/interop/described";
import { describedToDesign, type ImportResult } from "../../lib/interop/to-design";
import { sdkPort, type AwsTarget } from "../aws";
import { allEc2 } from "../aws/pages";
import type { AwsPort } from "../aws/port";
import { readVpc } from "./read-vpc";

export type VpcChoice = { vpcId: string; name: string; cidr: string; isDefault: boolean };

/** The VPCs of a region for the picker, default VPC last, every page read. */
export async function listVpcs(port: AwsPort): Promise<VpcChoice[]> {
  const vpcs = await allEc2(port, "DescribeVpcs", {}, "Vpcs");
  const out = vpcs.map((v) => ({ vpcId: v.VpcId!, name: v.Tags?.find((t) => t.Key === "Name")?.Value ?? "", cidr: v.CidrBlock ?? "", isDefault: v.IsDefault === true }));
  return out.sort((a, b) => Number(a.isDefault) - Number(b.isDefault) || a.vpcId.localeCompare(b.vpcId));
}

/**
 * Imports one VPC: reads it through the port, converts it (lib/interop), lays it out with the
 * designer's own auto-layout, and loads the result through `migrate` so what comes back is a
 * valid document. What the model cannot express is in `unsupported`.
 */
export async function importVpc(port: AwsPort, region: string, vpcId: string): Promise<ImportResult> {
  return importDescribed(await readVpc(port, region, vpcId));
}

/** The design of a VPC already read: converted, laid out, loaded (adoption reuses the reading). */
export async function importDescribed(described: DescribedVpc): Promise<ImportResult> {
  const { design, unsupported, awsIds } = describedToDesign(described);
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const laid = (await new ELK().layout(autoLayoutGraph(design) as never)) as unknown as ElkNode;
  const loaded = migrate(replaceLayout(design, layoutFromElk(laid)));
  const vpcId = described.vpc.VpcId;
  if (!loaded.ok) throw Object.assign(new Error(`The imported design of ${vpcId} does not load:\n${describeLoadIssues(loaded.issues.slice(0, 10))}`), { name: "ImportInvalid" });
  return { design: loaded.design, unsupported, awsIds };
}

/** `importVpc` on a fresh port for one target, closed afterwards. */
export async function importVpcFrom(target: AwsTarget, vpcId: string): Promise<ImportResult> {
  const port = sdkPort(target);
  try {
    return await importVpc(port, target.region, vpcId);
  } finally {
    port.close();
  }
}

/** `listVpcs` on a fresh port for one target. */
export async function listVpcsOf(target: AwsTarget): Promise<VpcChoice[]> {
  const port = sdkPort(target);
  try {
    return await listVpcs(port);
  } finally {
    port.close();
  }
}
