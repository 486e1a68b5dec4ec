"use client";
import { useTranslations } from "next-intl";
import type { LabStepId, LabStepState } from "../../lib/lab";
import { useViewStore } from "../canvas/view-store";
import { LabProblemItem } from "./lab-problem";
import { useLabStore } from "./lab-store";

const TAB_OF: Partial<Record<LabStepId, "deploy" | "status">> = { deploy: "deploy", "test-load-balancer": "status", cleanup: "status" };
const CONFIRMABLE: readonly LabStepId[] = ["test-load-balancer", "cleanup"];

/** The open step: what to build, why, and what is still missing (live), with links to Deploy and Status. */
export function LabStepDetail({ step }: { step: LabStepState }) {
  const t = useTranslations("lab");
  const confirmed = useLabStore((s) => s.confirmed.includes(step.id));
  const tab = TAB_OF[step.id];
  const blocking = step.problems.filter((p) => !(CONFIRMABLE.includes(step.id) && p.key.endsWith("-pending")));
  return (
    <div className="lab-detail" data-testid="lab-detail" data-step={step.id}>
      <h4>{t("build")}</h4>
      <p>{t(`steps.${step.id}.build`)}</p>
      <h4>{t("why")}</h4>
      <p>{t(`steps.${step.id}.why`)}</p>
      {tab ? (
        <button type="button" className="btn btn-small" data-testid={`lab-open-${tab}`} onClick={() => useViewStore.getState().setTab(tab)}>
          {t(tab === "deploy" ? "openDeploy" : "openStatus")}
        </button>
      ) : null}
      {CONFIRMABLE.includes(step.id) ? (
        <label className="lab-confirm">
          <input type="checkbox" checked={confirmed} disabled={confirmed || blocking.length > 0} data-testid={`lab-confirm-${step.id}`} onChange={() => useLabStore.getState().confirm(step.id)} />
          {t(`confirm.${step.id as "cleanup"}`)}
        </label>
      ) : null}
      {step.problems.length ? (
        <>
          <h4>{t("missing")}</h4>
          <ul className="lab-problems">
            {step.problems.map((p, i) => (
              <LabProblemItem key={`${p.key}-${i}`} problem={p} />
            ))}
          </ul>
        </>
      ) : (
        <p className="lab-ok" data-testid="lab-step-ok">{t("allGood")}</p>
      )}
    </div>
  );
}
