"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { preflightAction, startDeploymentAction } from "../../app/actions/deployment";
import type { TargetKind } from "../../lib/actions/inputs";
import type { Design } from "../../lib/design/schema";
import type { CostEstimate } from "../../lib/plan";
import type { PreflightReport } from "../../lib/deploy/preflight";
import type { Confirmation } from "../../lib/confirm";
import styles from "./deploy.module.css";
import { useActionErrorText } from "./use-action-error";
import { withParticles } from "../../lib/i18n/particles";

type Props = { design: Design; target: TargetKind; cost: CostEstimate; open: boolean; onClose(): void; onStarted(deploymentId: string): void };

const MARK = { ok: "✓", warn: "!", fail: "✗", unchecked: "?" } as const;

/**
 * The confirm step: target (the sandbox, or the AWS account id from STS and the region), the
 * preflight checklist and the cost. When the preflight passed, the server issued a confirmation
 * token bound to this design, account, region and cost (a real account needs it); "Deploy now"
 * hands it back and starts a background deployment.
 */
export function ConfirmDialog({ design, target, cost, open, onClose, onStarted }: Props) {
  const t = useTranslations("deploy.confirm");
  const tCheck = useTranslations("deploy.check");
  const ref = useRef<HTMLDialogElement>(null);
  const [report, setReport] = useState<(PreflightReport & { confirmation: Confirmation | null }) | null>(null);
  const errorText = useActionErrorText();
  const [error, setError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
    if (!open) return;
    let cancelled = false;
    void preflightAction({ design, target }).then((result) => {
      if (cancelled) return;
      setReport(result.ok ? result.data : null);
      setError(result.ok ? null : errorText(result.error));
    });
    return () => {
      cancelled = true;
    };
  }, [open, design, target, errorText]);

  const close = () => {
    setReport(null);
    setError(null);
    onClose();
  };
  const start = () =>
    startTransition(async () => {
      const confirmation = report?.confirmation?.isRequired ? report.confirmation.token : undefined;
      const result = await startDeploymentAction({ design, target, ...(confirmation ? { confirmation } : {}) });
      if (result.ok) onStarted(result.data.deploymentId);
      else setError(errorText(result.error));
    });

  const where = target === "sandbox" ? t("sandbox", { region: design.region }) : report?.account ? t("aws", { account: report.account, region: design.region }) : t("accountUnknown", { region: design.region });
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="deploy-confirm-title" data-testid="deploy-confirm" onClose={close}>
      <h2 id="deploy-confirm-title">{t("title", withParticles({ name: design.name }))}</h2>
      <dl className={styles.facts}>
        <dt>{t("target")}</dt>
        <dd data-testid="deploy-confirm-target">{where}</dd>
        <dt>{t("cost")}</dt>
        <dd>{cost.priceDate ? t("costValue", { hour: cost.perHour.toFixed(4), month: cost.perMonth.toFixed(2) }) : t("costUnknown")}</dd>
      </dl>
      <h3 className={styles.heading}>{t("preflight")}</h3>
      {report ? (
        <ul className={styles.checks} data-testid="preflight-checks">
          {report.checks.map((c) => (
            <li key={c.id} className={styles.check} data-testid="preflight-check" data-check={c.id} data-status={c.status}>
              <span className={styles[c.status]} aria-label={tCheck(`status.${c.status}`)}>{MARK[c.status]}</span>
              <span>{tCheck.has(c.id) ? tCheck(c.id) : c.id}</span>
              <small>{tCheck.has(`detail.${c.detailKey}`) ? tCheck(`detail.${c.detailKey}`, withParticles(c.params)) : c.detail}</small>
            </li>
          ))}
        </ul>
      ) : (
        !error && <p className={styles.muted}>{t("checking")}</p>
      )}
      {report && !report.ok ? <p className={styles.fail}>{t("failedChecks")}</p> : null}
      {report?.confirmation?.isRequired ? (
        <p className={styles.muted} data-testid="deploy-confirm-valid-until">
          {t("validUntil", { time: new Date(report.confirmation.expiresAt).toLocaleTimeString() })}
        </p>
      ) : null}
      {error ? <p className={styles.fail} role="alert" data-testid="deploy-confirm-error">{error}</p> : null}
      <div className={styles.actions}>
        <button type="button" className="btn btn-primary" disabled={!report?.ok || starting} onClick={start} data-testid="deploy-confirm-start">
          {starting ? t("starting") : t("start")}
        </button>
        <button type="button" className="btn" onClick={close} data-testid="deploy-confirm-cancel">
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
