import type { Design } from "../design/schema";
import type { RuleId } from "./messages/en";
import type { ValidationContext } from "./context";

export type { RuleId };
export type Severity = "error" | "warning" | "info";

/** Values a message needs; the UI re-renders the message in another language from them. */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One problem in a design. `entityIds` lets the canvas mark nodes, `path` (e.g.
 * "subnets.public-a.cidr") lets the inspector point at the field, `message` is English.
 */
export type Finding = {
  ruleId: RuleId;
  severity: Severity;
  entityIds: string[];
  path: string;
  message: string;
  params: FindingParams;
};

/**
 * A validation rule. `check` accepts a prebuilt context so `validateDesign` indexes the design
 * once for all rules; called alone, the rule builds its own.
 */
export type Rule = {
  readonly id: RuleId;
  readonly severity: Severity;
  check(design: Design, ctx?: ValidationContext): Finding[];
};
