"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { testLoadBalancerAction } from "../../app/actions/live-status";
import type { AlbTestResult } from "../../lib/live/histogram";
import styles from "./status.module.css";

const COUNT = 20;

/** The lab's last step: N requests to the ALB from the server, and which private IPs answered. */
export function AlbTest({ deploymentId }: { deploymentId: string }) {
  const t = useTranslations("status.alb");
  const [result, setResult] = useState<AlbTestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isRunning, setRunning] = useState(false);
  const send = async () => {
    setRunning(true);
    const out = await testLoadBalancerAction({ deploymentId, count: COUNT });
    setRunning(false);
    setResult(out.ok ? out.data : null);
    // The server's English message only for a failure the catalogue has no words for.
    setError(out.ok ? null : t.has(`failure.${out.error.code}`) ? t(`failure.${out.error.code}`) : out.error.message);
  };
  const max = Math.max(1, ...(result?.byIp.map((b) => b.count) ?? []));
  return (
    <section className={styles.section} aria-label={t("title")}>
      <h3 className={styles.heading}>{t("title")}</h3>
      <div className={styles.actions}>
        <button type="button" className="btn" disabled={isRunning} onClick={() => void send()} data-testid="alb-test">
          {isRunning ? t("running") : t("button", { count: COUNT })}
        </button>
      </div>
      {result ? (
        <div data-testid="alb-test-result">
          <p className={styles.muted}>{t("answered", { answered: result.answered, sent: result.sent })}</p>
          <ul className={styles.histogram}>
            {result.byIp.map((b) => (
              <li key={b.ip} className={styles.bin}>
                <span>{b.ip}</span>
                <span className={styles.binBar} style={{ width: `${(b.count / max) * 100}%` }} />
                <span>{b.count}</span>
              </li>
            ))}
          </ul>
          {Object.keys(result.errors).length > 0 ? <p className={styles.muted}>{t("errors", { errors: Object.entries(result.errors).map(([k, v]) => `${t.has(`reason.${k}`) ? t(`reason.${k}`) : k} × ${v}`).join(", ") })}</p> : null}
          {result.why ? <p className={styles.warn} data-testid="alb-test-why">{t(`why.${result.why.key}`, result.why.values ?? {})}</p> : null}
        </div>
      ) : null}
      {error ? <p className={styles.fail} role="alert">{error}</p> : null}
    </section>
  );
}
