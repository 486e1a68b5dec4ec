import type { Design } from "../design/schema";
import { buildContext, type ValidationContext } from "./context";
import { renderMessage } from "./format";
import { EN_MESSAGES } from "./messages/en";
import type { Finding, FindingParams, Rule, RuleId, Severity } from "./types";

/** Reports one finding: the entities involved, the field path, and the message's values. */
export type Emit = (entityIds: readonly string[], path: string, params?: FindingParams) => void;

/**
 * Builds a rule from its id, severity and a body that emits findings. The English message
 * comes from the catalogue by rule id, so rules never hold text of their own.
 */
export function defineRule(id: RuleId, severity: Severity, run: (ctx: ValidationContext, emit: Emit) => void): Rule {
  return {
    id,
    severity,
    check(design: Design, ctx?: ValidationContext): Finding[] {
      const findings: Finding[] = [];
      run(ctx ?? buildContext(design), (entityIds, path, params = {}) => {
        findings.push({ ruleId: id, severity, entityIds: [...entityIds], path, message: renderMessage(EN_MESSAGES[id], params, "en"), params });
      });
      return findings;
    },
  };
}
