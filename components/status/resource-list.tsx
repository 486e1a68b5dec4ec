"use client";
import { useTranslations } from "next-intl";
import type { ResourceRow } from "../../lib/live/types";
import { CopyValue } from "./copy-button";
import styles from "./status.module.css";

/**
 * Every resource of the deployment with its AWS id (copyable), state and details, what
 * drifted, and on a real account a link to it in the AWS console.
 */
export function ResourceList({ rows, onSelectEntity }: { rows: ResourceRow[]; onSelectEntity(entityId: string): void }) {
  const t = useTranslations("status");
  return (
    <section className={styles.section} aria-label={t("resources.title", { count: rows.length })}>
      <h3 className={styles.heading}>{t("resources.title", { count: rows.length })}</h3>
      <ul className={styles.rows}>
        {rows.map((row) => (
          <li key={`${row.kind}:${row.awsId}`} className={styles.row} data-phase={row.phase} data-testid={`status-row-${row.logicalId}`}>
            <div className={styles.rowHead}>
              <button type="button" className={styles.name} onClick={() => onSelectEntity(row.logicalId)}>
                {row.logicalId} <span className={styles.kind}>{row.kind}</span>
              </button>
              <span className={styles.phase} data-phase={row.phase}>
                {t(`phase.${row.phase}`)}
              </span>
            </div>
            <CopyValue value={row.awsId} />
            {row.fields.length > 0 ? (
              <dl className={styles.fields}>
                {row.fields.map((f) => (
                  <FieldLine key={`${f.label}:${f.value}`} label={f.label} value={f.value} isCopyable={f.isCopyable} testId={row.kind === "load-balancer" && f.label === "DNS name" ? "alb-dns" : undefined} />
                ))}
              </dl>
            ) : null}
            {row.drift.length > 0 ? (
              <ul className={styles.drift} aria-label={t("resources.drift")}>
                {row.drift.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
            {row.consoleUrl ? (
              <a href={row.consoleUrl} target="_blank" rel="noreferrer" className={styles.muted}>
                {t("console")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FieldLine({ label, value, isCopyable, testId }: { label: string; value: string; isCopyable?: boolean; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{isCopyable ? <CopyValue value={value} testId={testId} /> : <span data-testid={testId}>{value}</span>}</dd>
    </>
  );
}
