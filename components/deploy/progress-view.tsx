"use client";
import { useTranslations } from "next-intl";
import type { DeploymentLifecycle } from "../../lib/deploy/entity-status";
import type { DeploymentView } from "../../lib/deploy/view";
import type { labReadiness } from "../../lib/live/readiness";
import styles from "./deploy.module.css";
import { DeploymentLog } from "./deployment-log";
import { withParticles } from "../../lib/i18n/particles";
import { useLiveText } from "../i18n/use-live-text";

type Props = { view: DeploymentView; lifecycle: DeploymentLifecycle; readiness?: ReturnType<typeof labReadiness>; onResume(): void; onStop(): void; onNew(): void; onSelectEntity(id: string): void };

const seconds = (ms?: number) => (ms === undefined ? "" : (ms / 1000).toFixed(1));
const STATE_CLASS: Record<string, string> = { ok: "phase-ready", running: "phase-creating", failed: "phase-failed", skipped: "phase-skipped", pending: "phase-pending" };

const RESUMABLE: readonly DeploymentLifecycle[] = ["failed", "interrupted", "stopped"];

/**
 * Live progress: the lifecycle (a cleaned-up deployment says so, not "Deployed"; an adopted one
 * says where it was adopted from), a bar, each step's state and elapsed time, the failure with
 * advice, and the log.
 */
export function ProgressView({ view, lifecycle, readiness, onResume, onStop, onNew, onSelectEntity }: Props) {
  const t = useTranslations("deploy.progress");
  const tStep = useTranslations("deploy.stepKind");
  const tAdvice = useTranslations("deploy.advice");
  const percent = Math.round(view.progress.fraction * 100);
  const fill = lifecycle === "complete" ? styles.barFillDone : lifecycle === "failed" ? styles.barFillFailed : "";
  return (
    <section className={styles.section} data-testid="deploy-progress" data-status={lifecycle} data-deployment-id={view.id}>
      <h3 className={styles.heading}>{t("title", { id: view.id })}</h3>
      {view.adopted ? (
        <p data-testid="deploy-adopted" data-vpc-id={view.adopted.vpcId}>
          <strong>{t("adopted", { vpc: view.adopted.vpcId })}</strong> · {t(`status.${lifecycle}`)}
        </p>
      ) : (
        <p data-testid="deploy-status"><strong>{t(`status.${lifecycle}`)}</strong> · {t("elapsed", { seconds: seconds(view.elapsedMs) })}</p>
      )}
      {view.adopted ? <p className={styles.muted}>{t("adoptedHelp")}</p> : null}
      <div className={styles.bar} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t("bar", view.progress)} data-testid="deploy-progress-bar">
        <div className={`${styles.barFill} ${fill}`} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.muted}>{t("bar", view.progress)}</p>
      {lifecycle === "complete" && !view.adopted ? <p className={styles.muted}>{t("completeHelp")}</p> : null}
      {lifecycle === "complete" ? <Readiness readiness={readiness} /> : null}
      {lifecycle === "interrupted" ? <p className={styles.muted}>{t("interruptedHelp")}</p> : null}
      {lifecycle === "cleaned-up" ? <p className={styles.muted} data-testid="deploy-cleaned-up">{t("cleanedUpHelp")}</p> : null}
      {["cleaning-up", "cleanup-stopped", "cleanup-failed"].includes(lifecycle) ? <p className={styles.muted}>{t("cleanupHelp")}</p> : null}
      {view.failure && RESUMABLE.includes(lifecycle) ? (
        <div className={styles.failure} role="alert" data-testid="deploy-failure">
          <p><strong>{t("failedStep", { description: tStep(view.failure.kind, { id: view.failure.logicalId }) })}</strong></p>
          <p className={styles.code}>{view.failure.stepId}</p>
          <p className={styles.code}>{view.failure.code}: {view.failure.message}</p>
          <p>{t("whatToDo")}: {tAdvice.has(view.failure.adviceId) ? tAdvice(view.failure.adviceId) : view.failure.explanation}</p>
        </div>
      ) : null}
      <div className={styles.actions}>
        {lifecycle === "running" ? <button type="button" className="btn" onClick={onStop} data-testid="deploy-stop">{t("stop")}</button> : null}
        {RESUMABLE.includes(lifecycle) ? <button type="button" className="btn btn-primary" onClick={onResume} data-testid="deploy-resume">{t("resume")}</button> : null}
        {lifecycle !== "running" && lifecycle !== "cleaning-up" ? <button type="button" className="btn" onClick={onNew} data-testid="deploy-new">{t("newDeployment")}</button> : null}
      </div>
      {/* An adopted deployment created nothing: its steps would read "Create …", so they are not listed. */}
      {view.adopted ? null : (
        <>
          <h4 className={styles.heading}>{t("steps")}</h4>
          <ul className={styles.groups} data-testid="deploy-steps">
            {view.steps.map((step) => (
              <li key={step.id} className={styles.stateRow} data-testid="deploy-step" data-step-id={step.id} data-state={step.state} title={step.id}>
                <button type="button" className={styles.stepLink} onClick={() => onSelectEntity(step.logicalId)}>{tStep(step.kind, { id: step.logicalId })}</button>
                <span className={STATE_CLASS[step.state]}>{t(`state.${step.state}`)}</span>
                <span className={styles.elapsed}>{step.elapsedMs !== undefined ? t("elapsed", { seconds: seconds(step.elapsedMs) }) : ""}</span>
              </li>
            ))}
          </ul>
          <h4 className={styles.heading}>{t("log")}</h4>
          <DeploymentLog lines={view.log} />
        </>
      )}
    </section>
  );
}

/** Complete is not working: says which one the user is waiting for (the ALB, a target's health check). */
function Readiness({ readiness }: { readiness: Props["readiness"] }) {
  const t = useTranslations("deploy.progress.readiness");
  const say = useLiveText();
  if (readiness && !readiness.hasLoadBalancer) return null;
  // AWS's states ("provisioning", "initial") come as live messages, worded in the reader's language.
  const list = (readiness?.waitingFor ?? [])
    .map((w) => t(w.kind === "load-balancer" ? "waitLoadBalancer" : "waitTarget", withParticles({ id: w.logicalId, state: w.texts.map(say).join(", ") })))
    .join(", ");
  const text = !readiness ? t("checking") : readiness.isWorking ? t("working") : t("waiting", { list });
  return (
    <p data-testid="deploy-readiness" data-working={readiness?.isWorking ? "true" : "false"}>
      <strong>{text}</strong>
    </p>
  );
}
