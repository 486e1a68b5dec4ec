"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { listDesignsAction } from "../../app/actions/designs";
import type { DesignSummary } from "../../lib/designs";
import { viewerHref } from "./designs-menu";
import styles from "./designs.module.css";

/**
 * The class view's list of what the students saved: each student's designs, newest first, each
 * opening read-only in the designer (the server lists the instructor's own class only).
 */
export function StudentDesigns() {
  const t = useTranslations("designs.classView");
  const tm = useTranslations("designs.menu");
  const format = useFormatter();
  const [list, setList] = useState<DesignSummary[] | "loading" | "failed">("loading");
  useEffect(() => {
    listDesignsAction()
      .then((r) => setList(r.ok ? r.data : "failed"))
      .catch(() => setList("failed"));
  }, []);
  return (
    <section className={styles.section} data-testid="student-designs">
      <h2>{t("section")}</h2>
      {typeof list === "string" ? (
        <p className={styles.note}>{tm(list)}</p>
      ) : list.length === 0 ? (
        <p className={styles.note} data-testid="student-designs-empty">{t("none")}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{t("student")}</th>
              <th>{t("design")}</th>
              <th>{t("version")}</th>
              <th>{t("saved")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-testid="student-design" data-owner={d.ownerName}>
                <td>{d.ownerName}</td>
                <td>{d.name}</td>
                <td>{d.version}</td>
                <td>{format.relativeTime(d.savedAt)}</td>
                <td>
                  <a href={viewerHref(d.id)} data-testid="student-design-open">{t("open")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
