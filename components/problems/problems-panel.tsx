"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Finding } from "../../lib/rules";
import { collectionOf } from "../../lib/design/ops";
import { formatFindingText, useFindings } from "../canvas/findings";
import { currentDesign } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";

/** The entity a finding is best shown on: the first of its ids that the canvas draws. */
function focusId(f: Finding): string | undefined {
  const design = currentDesign();
  const ids = f.entityIds.filter((id) => collectionOf(design, id));
  const eip = ids.find((id) => design.elasticIps[id]);
  const owner = eip ? Object.values(design.natGateways).find((n) => n.elasticIpId === eip) : undefined;
  return owner?.id ?? ids.find((id) => !design.elasticIps[id]) ?? ids[0];
}

/** Every finding of the rules, errors first; clicking one selects and reveals its entity. */
export function ProblemsPanel() {
  const t = useTranslations("designer.problems");
  const locale = useLocale() === "ko" ? "ko" : "en";
  const findings = useFindings();
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return (
    <div className="problems" data-testid="problems-panel">
      <p className="problems-summary" data-testid="problems-summary" data-errors={errors} data-warnings={warnings}>
        {findings.length === 0 ? t("none") : errors + warnings === 0 ? t("onlyInfo", { info: findings.length }) : t("summary", { errors, warnings })}
      </p>
      <ul className="problem-list">
        {findings.map((f, i) => {
          const id = focusId(f);
          return (
            <li key={`${f.ruleId}:${f.path}:${i}`}>
              <button type="button" className={`problem problem-${f.severity}`} data-testid="problem" data-rule={f.ruleId} data-severity={f.severity} onClick={() => id && useViewStore.getState().revealEntity(id)}>
                <span className={`sev sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>
                <span className="problem-text">{formatFindingText(f, locale)}</span>
                <span className="problem-rule">{f.ruleId}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
