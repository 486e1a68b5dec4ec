"use client";
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { Reminder } from "../../lib/class";
import { dismissReminderAction, myRemindersAction } from "../../app/actions/account";
import styles from "./account.module.css";

/** How often a student's page asks for new reminders (the instructor's message appears within this). */
const POLL_MS = 10_000;

/** The instructor's reminders, shown on load and on each poll until the student dismisses them. */
export function ReminderBanner() {
  const t = useTranslations("class.reminder");
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const load = useCallback(async () => {
    const result = await myRemindersAction();
    if (result.ok) setReminders(result.data);
  }, []);
  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const timer = setInterval(() => void load(), POLL_MS);
    return () => (clearTimeout(first), clearInterval(timer));
  }, [load]);
  const dismiss = async (id: number) => {
    setReminders((all) => all.filter((r) => r.id !== id));
    await dismissReminderAction({ reminderId: id });
  };
  if (reminders.length === 0) return null;
  return (
    <div className={styles.reminders} role="status" data-testid="reminders">
      {reminders.map((r) => (
        <div key={r.id} className={styles.reminder} data-testid="reminder">
          <div>
            <strong>{t("from", { name: r.fromName })}{r.deploymentId ? ` · ${t("about", { deployment: r.deploymentId })}` : ""}</strong>
            <p data-testid="reminder-message">{r.message}</p>
          </div>
          <button type="button" className={styles.plain} onClick={() => void dismiss(r.id)} data-testid="reminder-dismiss">{t("dismiss")}</button>
        </div>
      ))}
    </div>
  );
}
