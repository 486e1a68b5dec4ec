"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { confirmCleanupAction, startCleanupAction, stopCleanupAction } from "../../app/actions/cleanup";
import type { ActionFailure } from "../../lib/actions/result";
import type { CleanupLogLine, CleanupView } from "../../lib/cleanup/view";
import { useActionErrorText } from "../deploy/use-action-error";
import { ReportView } from "./report-view";
import { useAskFirst } from "../ui/ask-first";
import { useLiveText, useParticleTranslations } from "../i18n/use-live-text";
import styles from "./status.module.css";

const MARK: Record<string, string> = { pending: "○", running: "◌", done: "✓", blocked: "⏸", failed: "✗", skipped: "–" };

/**
 * The cleanup checklist in AWS's safe order, each step saying what it waits for and why; one
 * click runs it all (independent steps in parallel), or step by step; progress bar, elapsed
 * time, stop (and continue later), the log with named blockers, then the verified report.
 * On a real account each start asks the server for a confirmation first (account, region, cost)
 * and hands its token back; the sandbox needs none.
 */
export function CleanupSection({ deploymentId, view, isAdopted, onChanged }: { deploymentId: string; view: CleanupView; isAdopted: boolean; onChanged(): void }) {
  const t = useTranslations("status.cleanup");
  const tAdopted = useTranslations("status.adopted");
  const [error, setError] = useState<string | null>(null);
  const errorText = useActionErrorText();
  const run = async (action: () => Promise<{ ok: true } | ActionFailure>) => {
    const result = await action();
    setError(result.ok ? null : errorText(result.error));
    onChanged();
  };
  const [ask, askDialog] = useAskFirst();
  const { done, total } = view.progress;
  // Deleting cloud resources cannot be undone: "Clean up everything" always asks first, and on a
  // real account every start does, naming the account, region and cost the server confirmed.
  const start = async (stepId?: string) => {
    const confirmed = await confirmCleanupAction({ deploymentId });
    if (!confirmed.ok) return setError(errorText(confirmed.error));
    const c = confirmed.data;
    if (c.isRequired || !stepId) {
      const body = c.isRequired ? t("confirmAws", { id: deploymentId, account: c.binding.accountId, region: c.binding.region, rate: c.binding.usdPerHour.toFixed(4) }) : t("confirm.body", { id: deploymentId });
      const title = stepId ? t("confirm.stepTitle") : t("confirm.title", { count: total - done });
      if (!(await ask({ title, body, confirm: t("confirm.yes"), cancel: t("confirm.no"), tone: "danger" }))) return;
    }
    await run(() => startCleanupAction({ deploymentId, ...(stepId ? { stepId } : {}), ...(c.isRequired ? { confirmation: c.token } : {}) }));
  };
  const hasStarted = done > 0 || view.startedAt !== undefined;
  const isFinished = total > 0 && done === total;
  // The app deletes only what it created (and tagged): an adopted deployment offers no cleanup.
  if (isAdopted) {
    return (
      <section className={styles.section} aria-label={t("title")}>
        <h3 className={styles.heading}>{t("title")}</h3>
        <p className={styles.muted} data-testid="cleanup-refused">{tAdopted("refused")}</p>
      </section>
    );
  }
  return (
    <section className={styles.section} aria-label={t("title")}>
      <h3 className={styles.heading}>
        {t("title")}
        {view.startedAt ? <span data-testid="cleanup-elapsed">{t("elapsed", { seconds: Math.round(view.elapsedMs / 1000) })}</span> : null}
      </h3>
      <p className={styles.muted}>{t("intro")}</p>
      <div className={styles.actions}>
        {view.isRunning ? (
          <button type="button" className="btn" onClick={() => void run(() => stopCleanupAction({ deploymentId }))} data-testid="cleanup-stop">
            {t("stop")}
          </button>
        ) : !isFinished ? (
          <>
            <button type="button" className="btn btn-danger btn-primary" onClick={() => void start()} data-testid="cleanup-start">
              {hasStarted ? t("resume") : t("start")}
            </button>
            <button type="button" className="btn" disabled={view.runnable.length === 0} onClick={() => void start(view.runnable[0])} data-testid="cleanup-step">
              {t("runStep")}
            </button>
          </>
        ) : null}
        {view.isRunning ? <span className={styles.muted}>{t("running")}</span> : null}
      </div>
      <div className={styles.bar} role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={t("progress", { done, total })} data-testid="cleanup-progress">
        <div className={styles.barFill} style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
      </div>
      <p className={styles.muted}>{t("progress", { done, total })}</p>
      <Checklist view={view} />
      {view.log.length > 0 ? (
        <details open={view.isRunning}>
          <summary className={styles.muted}>{t("log")}</summary>
          <CleanupLog lines={view.log} />
        </details>
      ) : null}
      {error ? <p className={styles.fail} role="alert">{error}</p> : null}
      {view.report ? <ReportView report={view.report} /> : null}
      {askDialog}
    </section>
  );
}

/** A step in the reader's language: "서브넷 public-a 삭제: …", from its kind and design name. */
function useStepName(): (step: { kind: string; logicalId: string; description: string }) => string {
  const t = useParticleTranslations("status.cleanup");
  const tHas = useTranslations("status.cleanup");
  return (s) => (tHas.has(`steps.${s.kind}`) ? t(`steps.${s.kind}`, { name: s.logicalId }) : s.description);
}

/** The cleanup log: time, the step (by its id, as the terminal shows it) and what happened, in the reader's language. */
function CleanupLog({ lines }: { lines: CleanupLogLine[] }) {
  const say = useLiveText();
  const text = (line: CleanupLogLine) => [new Date(line.at).toLocaleTimeString(), line.stepId ?? "", line.texts.map(say).join("; ")].filter(Boolean).join("  ");
  return <pre className={styles.log} data-testid="cleanup-log">{lines.map(text).join("\n")}</pre>;
}

function Checklist({ view }: { view: CleanupView }) {
  const t = useTranslations("status.cleanup");
  const say = useLiveText();
  const stepName = useStepName();
  return (
    <ol className={styles.checklist} data-testid="cleanup-checklist">
      {view.steps.map((s) => (
        <li key={s.id} className={styles.check} data-state={s.state} data-testid={`cleanup-step-${s.id}`}>
          <span aria-label={t(`state.${s.state}`)}>{MARK[s.state]}</span>
          <span>{stepName(s)}</span>
          {s.facts?.length ? <small title={s.detail} data-testid="cleanup-step-facts">{s.facts.map(say).join("; ")}</small> : null}
        </li>
      ))}
    </ol>
  );
}
