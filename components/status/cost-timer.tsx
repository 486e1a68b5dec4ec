"use client";
import { useFormatter, useTranslations } from "next-intl";
import { setLabTimerAction } from "../../app/actions/cleanup";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import styles from "./status.module.css";

const HOURS = [1, 2, 4, 8];

/** Running cost since deploy and the optional auto-cleanup timer ("delete in 2 h"; never for an adopted deployment). */
export function CostAndTimer({ deploymentId, cost, timer, hasTimer = true, onChanged }: { deploymentId: string; cost?: { usd: number; usdPerHour: number; since: number }; timer?: LabTimer; hasTimer?: boolean; onChanged(): void }) {
  const t = useTranslations("status");
  const format = useFormatter();
  const choose = async (value: string) => {
    await setLabTimerAction({ deploymentId, hours: value === "off" ? null : Number(value) });
    onChanged();
  };
  return (
    <section className={styles.section}>
      {cost ? (
        <div className={styles.meter} data-testid="cost-meter">
          <div>
            <div className={styles.muted}>{t("cost.title")}</div>
            <div className={styles.meterValue}>{t("cost.value", { usd: cost.usd.toFixed(4) })}</div>
          </div>
          <div className={styles.muted}>
            {t("cost.rate", { rate: cost.usdPerHour.toFixed(4) })}
            <br />
            {t("cost.since", { time: format.dateTime(new Date(cost.since), { dateStyle: "short", timeStyle: "short" }) })}
          </div>
        </div>
      ) : null}
      {hasTimer ? (
        <>
          <label className={styles.actions}>
            {t("timer.label")}
            <select className={styles.select} value="" onChange={(e) => void choose(e.target.value)} data-testid="lab-timer">
              <option value="" disabled>
                {timer ? format.dateTime(new Date(timer.dueAt), { timeStyle: "short" }) : t("timer.off")}
              </option>
              {HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  {t("timer.hours", { hours: h })}
                </option>
              ))}
              <option value="off">{t("timer.off")}</option>
            </select>
          </label>
          <p className={styles.muted}>{timer ? t("timer.due", { time: format.dateTime(new Date(timer.dueAt), { dateStyle: "short", timeStyle: "short" }) }) : t("timer.none")}</p>
          {timer?.lastError ? (
            <p role="alert" data-testid="lab-timer-failed">
              {t("timer.failed", { attempts: timer.attempts ?? 1, error: timer.lastError, time: format.dateTime(new Date(timer.dueAt), { timeStyle: "short" }) })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
