import "server-only";
import type { Design } from "../../lib/design/schema";
import { validateDesign } from "../../lib/rules/index";

/** Messages of the findings that block a deployment (severity error), in the rules' order. */
export function designErrors(design: Design): string[] {
  return validateDesign(design)
    .filter((f) => f.severity === "error")
    .map((f) => `${f.path}: ${f.message}`);
}
