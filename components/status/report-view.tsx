"use client";
import { useTranslations } from "next-intl";
import type { CleanupReport, Remainder } from "../../lib/cleanup/report";
import { useLiveText } from "../i18n/use-live-text";
import styles from "./status.module.css";

/** The verified cleanup report: the verdict, then exactly what remains and why. */
export function ReportView({ report }: { report: CleanupReport }) {
  const t = useTranslations("status.report");
  const say = useLiveText();
  // The server says why each item matters (lib/cleanup/text.ts); the reader's language words it.
  const reason = (r: Remainder) => say(r.reason);
  const verdict = report.isNothingLeft ? t("clean") : report.isNothingBillableLeft ? t("notBillable") : t("billable");
  return (
    <section className={styles.report} data-clean={report.isNothingBillableLeft} data-testid="cleanup-report" aria-label={t("title")}>
      <h3 className={styles.heading}>{t("title")}</h3>
      <p className={styles.verdict} role="status" data-testid="report-verdict">
        {report.isNothingBillableLeft ? "✓ " : "✗ "}
        {verdict}
      </p>
      {report.remaining.length > 0 ? (
        <ul className={styles.list}>
          {report.remaining.map((r) => (
            <li key={r.awsId}>
              <code>{r.awsId}</code> {r.logicalId ? `(${r.logicalId}) ` : ""}— {reason(r)}
            </li>
          ))}
        </ul>
      ) : null}
      {report.allowed.length > 0 ? (
        <details>
          <summary className={styles.muted}>{t("allowed", { count: report.allowed.length })}</summary>
          <ul className={styles.list}>
            {report.allowed.map((r) => (
              <li key={r.awsId}>
                <code>{r.awsId}</code> — {reason(r)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.foreign.length > 0 ? (
        <details>
          <summary className={styles.muted}>{t("foreign", { count: report.foreign.length })}</summary>
          <ul className={styles.list}>
            {report.foreign.map((r) => (
              <li key={r.awsId}>
                <code>{r.awsId}</code> {r.about ? `(${say(r.about)}) ` : ""}— {reason(r)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
