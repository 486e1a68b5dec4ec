"use client";
import type { ExportFormat } from "../../lib/export/types";
import { currentDesign } from "../canvas/store";
import { download, fileStem } from "./commands";

/** File name and type of each download; the exporters load on first use. */
const DOWNLOADS: Record<ExportFormat, { suffix: string; type: string }> = {
  terraform: { suffix: "main.tf", type: "text/plain" },
  cloudformation: { suffix: "cloudformation.yaml", type: "application/yaml" },
  cli: { suffix: "build.sh", type: "text/x-shellscript" },
  "cli-destroy": { suffix: "destroy.sh", type: "text/x-shellscript" },
};

/**
 * Downloads the design as code. Terraform comes as one `main.tf` holding variables and outputs
 * too: Terraform reads every .tf file of a folder alike, so one file is equivalent, and a
 * browser asked for three downloads at once often blocks all but the first. `vpcd export
 * --out DIR` writes the three files.
 */
export async function exportCode(format: ExportFormat): Promise<void> {
  const { exportAsOneFile } = await import("../../lib/export");
  const design = currentDesign();
  const name = format === "terraform" ? `${fileStem(design)}.main.tf` : `${fileStem(design)}.${DOWNLOADS[format].suffix}`;
  download(name, new Blob([exportAsOneFile(design, format)], { type: DOWNLOADS[format].type }));
}
