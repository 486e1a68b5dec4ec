/** One file of an export: a path relative to the output folder and its text. */
export type ExportFile = { path: string; content: string };

/** The formats `vpcd export --format` and the designer's Export menu offer. */
export const EXPORT_FORMATS = ["terraform", "cloudformation", "cli", "cli-destroy"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
