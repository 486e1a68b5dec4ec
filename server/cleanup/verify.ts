import "server-only";
import { buildCleanupReport, type CleanupReport } from "../../lib/cleanup/report";
import { readLeftovers, type LeftoverScope } from "../aws/inventory/leftovers";
import type { AwsPort } from "../aws/port";

/**
 * Checks with describe calls what is left of a deployment and sorts it into the report
 * ("nothing billable left", or what remains and why).
 */
export async function verifyCleanup(port: AwsPort, scope: LeftoverScope, where: "sandbox" | "aws" = "sandbox"): Promise<CleanupReport> {
  return buildCleanupReport(await readLeftovers(port, scope), where);
}
