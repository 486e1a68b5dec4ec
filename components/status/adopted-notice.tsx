"use client";
import { useTranslations } from "next-intl";
import type { AdoptedFrom } from "../../lib/deploy/types";
import type { ResourceRow } from "../../lib/live/types";
import { noteText } from "../shell/import-notes";
import styles from "./status.module.css";
import { withParticles } from "../../lib/i18n/particles";

/**
 * The Status tab's word on an adopted deployment: adopted from which VPC, that the app will not
 * delete it, whether AWS is in sync with the imported design (or how many resources differ),
 * and what the design could not express and so is not compared.
 */
export function AdoptedNotice({ adopted, rows }: { adopted: AdoptedFrom; rows?: ResourceRow[] }) {
  const t = useTranslations("status.adopted");
  const tNotes = useTranslations("designer.importAws");
  const drifted = rows?.filter((r) => r.phase === "drifted").length ?? 0;
  return (
    <section className={styles.section} data-testid="deployment-adopted" data-vpc-id={adopted.vpcId}>
      <p>
        <strong className={styles.phase}>{t("badge")}</strong> <span className={styles.kind}>{adopted.vpcId}</span>
      </p>
      <p className={styles.muted}>{t("help", withParticles({ vpc: adopted.vpcId }))}</p>
      {rows ? (
        <p className={drifted ? styles.warn : undefined} data-testid="adopted-sync" data-drifted={drifted}>
          {drifted ? t("drifted", { count: drifted }) : t("inSync")}
        </p>
      ) : null}
      {adopted.notes.length ? (
        <details>
          <summary className={styles.muted}>{t("notCompared", { count: adopted.notes.length })}</summary>
          <pre className={styles.log}>{adopted.notes.map((n) => noteText(tNotes, n)).join("\n")}</pre>
        </details>
      ) : null}
    </section>
  );
}
