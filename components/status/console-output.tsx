"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { consoleOutputAction } from "../../app/actions/live-status";
import type { ConsoleOutput } from "../../lib/live/console-output";
import styles from "./status.module.css";

/** Each instance's console (GetConsoleOutput): where a learner reads what the user data did. */
export function ConsoleOutputSection({ deploymentId, instances }: { deploymentId: string; instances: string[] }) {
  const t = useTranslations("status.console");
  const [shown, setShown] = useState<ConsoleOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const show = async (logicalId: string) => {
    setLoading(logicalId);
    const out = await consoleOutputAction({ deploymentId, logicalId });
    setLoading(null);
    setShown(out.ok ? out.data : null);
    setError(out.ok ? null : out.error.message);
  };
  return (
    <section className={styles.section} aria-label={t("title")}>
      <h3 className={styles.heading}>{t("title")}</h3>
      <div className={styles.actions}>
        {instances.map((id) => (
          <button key={id} type="button" className="btn" disabled={loading !== null} onClick={() => void show(id)} data-testid={`console-show-${id}`}>
            {loading === id ? t("loading") : t("show", { name: id })}
          </button>
        ))}
      </div>
      {shown ? (
        <div>
          <p className={styles.muted}>{t("of", { name: shown.logicalId, id: shown.instanceId })}</p>
          <pre className={styles.console} data-testid="console-output">{shown.output.trim() === "" ? t("empty") : shown.output}</pre>
        </div>
      ) : null}
      {error ? <p className={styles.fail} role="alert">{error}</p> : null}
    </section>
  );
}
