"use client";
import { useLocale, useTranslations } from "next-intl";
import { docsUrl, HELP_KINDS } from "../../lib/catalog/kind-docs";
import { useHelpStore } from "./help-store";
import styles from "./help.module.css";

/**
 * The help panel: for each resource kind, what it is, what it costs and the mistakes students
 * make, written for a student in their language, with a link to AWS's own page (the Korean
 * edition for Korean readers).
 */
export function HelpPanel() {
  const t = useTranslations("workspace.help");
  const tg = useTranslations("guide.kinds");
  const tk = useTranslations("designer.kind");
  const locale = useLocale();
  const { isOpen, kind, show, close } = useHelpStore();
  if (!isOpen) return null;
  return (
    <aside className={styles.panel} role="dialog" aria-labelledby="help-title" data-testid="help-panel" data-kind={kind}>
      <div className={styles.head}>
        <h2 id="help-title">{t("title")}</h2>
        <button type="button" className="btn btn-icon" aria-label={t("close")} title={t("close")} onClick={close} data-testid="help-close">
          ×
        </button>
      </div>
      <div className={styles.scroll}>
        <p className={styles.intro}>{t("intro")}</p>
        <ul className={styles.kinds} aria-label={t("kinds")}>
          {HELP_KINDS.map((k) => (
            <li key={k}>
              <button type="button" className={styles.kind} aria-pressed={k === kind} onClick={() => show(k)} data-testid={`help-kind-${k}`}>
                {tk(k)}
              </button>
            </li>
          ))}
        </ul>
        <article className={styles.article} data-testid="help-article">
          <h3>{tg(`${kind}.title`)}</h3>
          <h4>{t("what")}</h4>
          <p>{tg(`${kind}.what`)}</p>
          <h4>{t("cost")}</h4>
          <p data-testid="help-cost">{tg(`${kind}.cost`)}</p>
          <h4>{t("mistakes")}</h4>
          <ul>
            {(["1", "2", "3"] as const).map((n) => (
              <li key={n}>{tg(`${kind}.mistakes.${n}`)}</li>
            ))}
          </ul>
          <a className={styles.docs} href={docsUrl(kind, locale)} target="_blank" rel="noopener noreferrer" data-testid="help-docs">
            {t("docs")}
          </a>
        </article>
      </div>
    </aside>
  );
}
