"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { listDeploymentsAction } from "../../app/actions/deployment";
import styles from "./deploy.module.css";

type Summary = { id: string; name: string; lifecycle: string; createdAt: number; target: { kind: string; region: string }; progress: { done: number; total: number }; adoptedFrom?: string };

/** Recorded deployments (newest first) with their lifecycle, so an interrupted one can be found and resumed after a restart. */
export function RecentDeployments({ onOpen }: { onOpen(id: string): void }) {
  const t = useTranslations("deploy.recent");
  const tStatus = useTranslations("deploy.progress.status");
  const tAdopted = useTranslations("deploy.progress");
  const [rows, setRows] = useState<Summary[]>([]);
  useEffect(() => {
    let cancelled = false;
    void listDeploymentsAction().then((result) => {
      if (!cancelled && result.ok) setRows(result.data.slice(0, 5));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (rows.length === 0) return null;
  return (
    <section className={styles.section} data-testid="recent-deployments">
      <h3 className={styles.heading}>{t("title")}</h3>
      <ul className={styles.groups}>
        {rows.map((row) => (
          <li key={row.id} className={styles.stateRow} data-testid="recent-deployment" data-status={row.lifecycle}>
            <button type="button" className={styles.stepLink} onClick={() => onOpen(row.id)}>
              {t("row", { name: row.name, target: row.target.kind === "aws" ? t("aws", { region: row.target.region }) : t("sandbox"), when: new Date(row.createdAt).toLocaleString() })}
            </button>
            <span>{row.adoptedFrom ? tAdopted("adopted", { vpc: row.adoptedFrom }) : tStatus(row.lifecycle)}</span>
            <span className={styles.elapsed}>{t("progress", row.progress)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
