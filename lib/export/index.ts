/**
 * Exporters: a design as Terraform, CloudFormation, or an AWS CLI build script and its
 * cleanup script. Each is a pure function of the design; the same design gives the same bytes.
 */
import type { Design } from "../design/schema";
import { exportCliDestroy } from "./cli-destroy";
import { exportCliScript } from "./cli-script";
import { exportCloudFormation } from "./cloudformation";
import { exportTerraform } from "./terraform";
import type { ExportFile, ExportFormat } from "./types";

export { EXPORT_FORMATS, type ExportFile, type ExportFormat } from "./types";
export { defaultDeployment, slugify } from "./names";

const EXPORTERS: Record<ExportFormat, (design: Design) => ExportFile[]> = {
  terraform: exportTerraform,
  cloudformation: exportCloudFormation,
  cli: exportCliScript,
  "cli-destroy": exportCliDestroy,
};

/** The files of one export format (Terraform: main.tf, variables.tf, outputs.tf; the others: one file). */
export function exportDesign(design: Design, format: ExportFormat): ExportFile[] {
  return EXPORTERS[format](design);
}

/**
 * One text for formats written to standard output or downloaded as one file: Terraform's files
 * concatenated (Terraform reads every .tf of a folder alike, so one main.tf is equivalent).
 */
export function exportAsOneFile(design: Design, format: ExportFormat): string {
  return exportDesign(design, format).map((f) => f.content).join("\n");
}
