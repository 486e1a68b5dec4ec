"use client";
import { useTranslations } from "next-intl";
import type { StatusField, ResourceRow } from "../../lib/live/types";
import { useLiveText } from "../i18n/use-live-text";
import { CopyValue } from "./copy-button";
import styles from "./status.module.css";

/**
 * Every resource of the deployment with its AWS id (copyable), state and details, what
 * drifted, and on a real account a link to it in the AWS console.
 */
export function ResourceList({ rows, onSelectEntity }: { rows: ResourceRow[]; onSelectEntity(entityId: string): void }) {
  const t = useTranslations("status");
  const tKind = useTranslations("designer.kind");
  const say = useLiveText();
  return (
    <section className={styles.section} aria-label={t("resources.title", { count: rows.length })}>
      <h3 className={styles.heading}>{t("resources.title", { count: rows.length })}</h3>
      <ul className={styles.rows}>
        {rows.map((row) => (
          <li key={`${row.kind}:${row.awsId}`} className={styles.row} data-phase={row.phase} data-testid={`status-row-${row.logicalId}`}>
            <div className={styles.rowHead}>
              <button type="button" className={styles.name} onClick={() => onSelectEntity(row.logicalId)}>
                {row.logicalId} <span className={styles.kind}>{tKind.has(row.kind) ? tKind(row.kind) : row.kind}</span>
              </button>
              <span className={styles.phase} data-phase={row.phase}>
                {t(`phase.${row.phase}`)}
              </span>
            </div>
            <CopyValue value={row.awsId} />
            {row.fields.length > 0 ? (
              <dl className={styles.fields}>
                {row.fields.map((f, n) => (
                  <FieldLine key={n} field={f} say={say} testId={row.kind === "load-balancer" && f.label.key === "labelDnsName" ? "alb-dns" : undefined} />
                ))}
              </dl>
            ) : null}
            {row.drift.length > 0 ? (
              <ul className={styles.drift} aria-label={t("resources.drift")}>
                {row.drift.map((d, n) => (
                  <li key={n}>{say(d)}</li>
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

/** One labelled fact: its label and wording from the `live` catalogue; the raw value when it is copyable. */
function FieldLine({ field, say, testId }: { field: StatusField; say: ReturnType<typeof useLiveText>; testId?: string }) {
  const shown = field.text ? say(field.text) : field.value;
  return (
    <>
      <dt>{say(field.label)}</dt>
      <dd>{field.isCopyable ? <CopyValue value={field.value} testId={testId} /> : <span data-testid={testId}>{shown}</span>}</dd>
    </>
  );
}
