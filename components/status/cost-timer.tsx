"use client";
import { useFormatter, useTranslations } from "next-intl";
import { setLabTimerAction } from "../../app/actions/cleanup";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import { useLiveText } from "../i18n/use-live-text";
import styles from "./status.module.css";

const HOURS = [1, 2, 4, 8];

type Props = {
  deploymentId: string;
  cost?: { usd: number; usdPerHour: number; since: number };
  timer?: LabTimer;
  /** An adopted deployment has no lab timer: the app never deletes what it did not create. */
  hasTimer?: boolean;
  /** The sandbox costs nothing: the meter says so, and what the same resources would cost on AWS. */
  isSandbox: boolean;
  /** A verified cleanup left nothing billable: no timer to offer, no "keeps billing" warning. */
  isNothingBillable: boolean;
  onChanged(): void;
};

/** Running cost since deploy and the optional auto-cleanup timer ("delete in 2 h"; never for an adopted deployment). */
export function CostAndTimer({ deploymentId, cost, timer, hasTimer = true, isSandbox, isNothingBillable, onChanged }: Props) {
  const t = useTranslations("status");
  const format = useFormatter();
  const say = useLiveText();
  const choose = async (value: string) => {
    await setLabTimerAction({ deploymentId, hours: value === "off" ? null : Number(value) });
    onChanged();
  };
  return (
    <section className={styles.section}>
      {cost ? (
        <div className={styles.meter} data-testid="cost-meter">
          <div>
            <div className={styles.muted}>{t(isSandbox ? "cost.sandboxTitle" : "cost.title")}</div>
            <div className={styles.meterValue} data-testid="cost-value">{isSandbox ? t("cost.free") : t("cost.value", { usd: cost.usd.toFixed(4) })}</div>
          </div>
          <div className={styles.muted} data-testid="cost-rate">
            {isSandbox ? t("cost.onAws", { rate: cost.usdPerHour.toFixed(4), usd: cost.usd.toFixed(4) }) : t("cost.rate", { rate: cost.usdPerHour.toFixed(4) })}
            <br />
            {t("cost.since", { time: format.dateTime(new Date(cost.since), { dateStyle: "short", timeStyle: "short" }) })}
          </div>
        </div>
      ) : null}
      {!hasTimer || isNothingBillable ? null : (
        <TimerChoice timer={timer} onChoose={choose} />
      )}
      {timer?.lastError ? (
        <p role="alert" data-testid="lab-timer-failed">
          {t("timer.failed", { attempts: timer.attempts ?? 1, error: timer.why ? say(timer.why) : timer.lastError, time: format.dateTime(new Date(timer.dueAt), { timeStyle: "short" }) })}
        </p>
      ) : null}
    </section>
  );
}

/** The auto-cleanup choice and what it means: only while something could still bill. */
function TimerChoice({ timer, onChoose }: { timer?: LabTimer; onChoose(value: string): Promise<void> }) {
  const t = useTranslations("status");
  const format = useFormatter();
  const choose = onChoose;
  return (
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
      <p className={styles.muted} data-testid="lab-timer-note">{timer ? t("timer.due", { time: format.dateTime(new Date(timer.dueAt), { dateStyle: "short", timeStyle: "short" }) }) : t("timer.none")}</p>
    </>
  );
}
