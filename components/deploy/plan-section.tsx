"use client";
import { useTranslations } from "next-intl";
import { predecessors, type Plan, type StepGroup } from "../../lib/plan";
import styles from "./deploy.module.css";

/** The plan: steps grouped by resource, numbered in execution order, each with what it waits for. */
export function PlanSection({ plan, groups }: { plan: Plan; groups: StepGroup[] }) {
  const t = useTranslations("deploy.plan");
  const tStep = useTranslations("deploy.stepKind");
  const preds = predecessors(plan);
  const orderOf = new Map(groups.flatMap((g) => g.steps.map((s) => [s.id, s.order] as const)));
  return (
    <section className={styles.section} aria-labelledby="deploy-plan-title">
      <h3 id="deploy-plan-title" className={styles.heading}>{t("title")}</h3>
      <p className={styles.muted} data-testid="plan-summary">{t("summary", { steps: Object.keys(plan.steps).length, resources: groups.length })}</p>
      <ul className={styles.groups} data-testid="plan-groups">
        {groups.map((group) => (
          <li key={group.logicalId} className={styles.group} data-testid="plan-group" data-logical-id={group.logicalId}>
            <div className={styles.groupHead}>
              <span className="mono">{group.logicalId}</span>
            </div>
            <ol className={styles.stepList}>
              {group.steps.map((step) => {
                const waits = (preds.get(step.id) ?? []).map((id) => orderOf.get(id)).filter((n): n is number => n !== undefined);
                return (
                  <li key={step.id} className={styles.step} data-testid="plan-step" data-step-id={step.id} title={step.id}>
                    <span className={styles.order}>{step.order}</span>
                    <span>{tStep(step.kind, { id: step.logicalId })}</span>
                    <span />
                    {waits.length ? <span className={styles.waits}>{t("waitsFor", { steps: waits.sort((a, b) => a - b).join(", ") })}</span> : null}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
