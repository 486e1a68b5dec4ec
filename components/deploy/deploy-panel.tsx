"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { resumeDeploymentAction, stopDeploymentAction } from "../../app/actions/deployment";
import type { TargetKind } from "../../lib/actions/inputs";
import type { ActionResult } from "../../lib/actions/result";
import type { Design } from "../../lib/design/schema";
import { compilePlan, estimateCost, groupPlanSteps } from "../../lib/plan";
import { ConfirmDialog } from "./confirm-dialog";
import { CostSummary } from "./cost-summary";
import styles from "./deploy.module.css";
import { PlanSection } from "./plan-section";
import { RecentDeployments } from "./recent-deployments";
import { labReadiness } from "../../lib/live/readiness";
import { ProgressView } from "./progress-view";
import { TargetSwitch } from "./target-switch";
import { forgetDeployment, useDeploymentPoll } from "./use-deployment-poll";
import { useStoredChoice } from "./use-stored-choice";

export type DeployPanelProps = { design: Design; hasErrors: boolean; onSelectEntity(entityId: string): void };

const TARGETS = ["sandbox", "aws"] as const;

/**
 * The Deploy tab: the plan (steps grouped by resource, in order) with its cost, the target
 * switch (remembered; sandbox by default), a Deploy button opening the confirm dialog, then
 * the deployment's progress and lifecycle from the one shared poll (so after a cleanup it
 * reads "cleaned up", as the Status tab does). The last deployment is remembered across reloads.
 */
export function DeployPanel({ design, hasErrors, onSelectEntity }: DeployPanelProps) {
  const t = useTranslations("deploy");
  const [target, setTarget] = useStoredChoice<TargetKind>("vpcd.deploy.target", "sandbox", TARGETS);
  const [lastId, setLastId] = useStoredChoice<string>("vpcd.deploy.last", "");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const compiled = useMemo(() => compilePlan(design), [design]);
  const cost = useMemo(() => estimateCost(design), [design]);
  const groups = useMemo(() => (compiled.ok ? groupPlanSteps(compiled.plan) : []), [compiled]);
  const { view, pollError, refresh } = useDeploymentPoll(lastId || null);

  const act = async (action: (input: { deploymentId: string }) => Promise<ActionResult<unknown>>) => {
    const result = await action({ deploymentId: lastId });
    setError(result.ok ? null : result.error.message);
    refresh();
  };
  const startNew = () => {
    forgetDeployment();
    setLastId(null);
  };
  const empty = compiled.ok && Object.keys(compiled.plan.steps).length === 0;
  return (
    <div className={styles.panel} data-testid="deploy-panel">
      {view ? (
        <ProgressView view={view.deployment} lifecycle={view.lifecycle} readiness={labReadiness(view.reading?.view)} onResume={() => void act(resumeDeploymentAction)} onStop={() => void act(stopDeploymentAction)} onNew={startNew} onSelectEntity={onSelectEntity} />
      ) : (
        <>
          {hasErrors ? <p className={styles.fail} data-testid="deploy-blocked">{t("plan.blocked")}</p> : null}
          {!compiled.ok ? <p className={styles.fail}>{t("plan.planError", { message: compiled.error.message })}</p> : null}
          {empty ? <p className={styles.muted}>{t("plan.empty")}</p> : null}
          <TargetSwitch value={target} onChange={setTarget} />
          <div className={styles.actions}>
            <button type="button" className="btn btn-primary" disabled={hasErrors || !compiled.ok || empty} onClick={() => setConfirming(true)} data-testid="deploy-button">
              {t("deployButton")}
            </button>
          </div>
          <CostSummary cost={cost} />
          {compiled.ok && !empty ? <PlanSection plan={compiled.plan} groups={groups} /> : null}
          <RecentDeployments onOpen={setLastId} />
        </>
      )}
      {pollError ? <p className={styles.warn} role="status">{t("error.poll")}</p> : null}
      {error ? <p className={styles.fail} role="alert">{t("error.generic", { message: error })}</p> : null}
      <ConfirmDialog
        design={design}
        target={target}
        cost={cost}
        open={confirming}
        onClose={() => setConfirming(false)}
        onStarted={(id) => {
          setConfirming(false);
          setLastId(id);
        }}
      />
    </div>
  );
}
