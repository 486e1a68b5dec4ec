import "server-only";
import { ELB_TAG_PATTERN } from "../../../lib/deploy/tag-values";
import { awsError } from "../aws-errors";
import type { Check } from "./guard";

// As AWS prints it in the message (docs/aws-facts.md §13.2).
const PATTERN_TEXT = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
const TAG_PARAM = /^Tags\.member\.(\d+)\.(Key|Value)$/;

/**
 * ELBv2 tags on CreateLoadBalancer, CreateTargetGroup, CreateListener, CreateRule and AddTags:
 * keys 1–128 and values 0–256 characters from letters, digits and spaces of any script plus
 * `_.:/=+-@`. AWS answers ValidationError listing every broken member; moto accepts anything.
 */
export const elbTagText: Check = (ctx) => {
  const problems: string[] = [];
  for (const [key, value] of ctx.call.params) {
    const match = TAG_PARAM.exec(key);
    if (!match) continue;
    const member = `'tags.${match[1]}.member.${match[2].toLowerCase()}'`;
    const max = match[2] === "Key" ? 128 : 256;
    const length = [...value].length;
    if (!ELB_TAG_PATTERN.test(value)) problems.push(`Value '${value}' at ${member} failed to satisfy constraint: Member must satisfy regular expression pattern: ${PATTERN_TEXT}`);
    else if (length > max) problems.push(`Value '${value}' at ${member} failed to satisfy constraint: Member must have length less than or equal to ${max}`);
    else if (match[2] === "Key" && length === 0) problems.push(`Value '' at ${member} failed to satisfy constraint: Member must have length greater than or equal to 1`);
  }
  if (problems.length === 0) return undefined;
  const count = problems.length === 1 ? "1 validation error detected" : `${problems.length} validation errors detected`;
  return awsError(ctx.call, 400, "ValidationError", `${count}: ${problems.join("; ")}`);
};
