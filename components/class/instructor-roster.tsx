"use client";
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { Roster, RosterDeployment, RosterStudent } from "../../lib/class";
import { classRosterAction, sendReminderAction } from "../../app/actions/class";
import { startCleanupAction } from "../../app/actions/cleanup";
import { ROOT_VOLUME_GIB } from "../../lib/plan/cost";
import styles from "./roster.module.css";

/** The roster refreshes this often: a student's deploy or cleanup shows up within it. */
const POLL_MS = 4_000;
const money = (usd: number) => `$${usd.toFixed(4)}`;

/**
 * The instructor's class view: every student with their deployments, what still runs and
 * what it costs per hour, a reminder to send, and the guided cleanup to run for them. Every
 * button calls a server action that checks, on the server, that this is the class's instructor.
 */
export function InstructorRoster({ className, studentCode }: { className: string; studentCode: string }) {
  const t = useTranslations("class.roster");
  const [roster, setRoster] = useState<Roster>();
  const [notice, setNotice] = useState<{ text: string; isError: boolean }>();
  const load = useCallback(async () => {
    const result = await classRosterAction();
    if (result.ok) setRoster(result.data);
    else setNotice({ text: t("failed", { message: result.error.message }), isError: true });
  }, [t]);
  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const timer = setInterval(() => void load(), POLL_MS);
    return () => (clearTimeout(first), clearInterval(timer));
  }, [load]);
  const report = (text: string, isError = false) => setNotice({ text, isError });
  return (
    <div className={styles.body}>
      <div className={styles.summary}>
        <h1>{t("title", { className })}</h1>
        <span>{t("inviteCodeLabel")} <span className={styles.code} data-testid="student-invite-code">{studentCode}</span></span>
        {roster ? <span className={styles.total} data-testid="class-total">{t("total", { amount: money(roster.perHour) })}</span> : null}
      </div>
      {notice ? <p className={notice.isError ? styles.error : styles.notice} role="status" data-testid="roster-notice">{notice.text}</p> : null}
      {!roster ? <p>{t("loading")}</p> : roster.students.length === 0 ? <p>{t("noStudents")}</p> : null}
      {roster?.students.map((s) => <StudentCard key={s.userId} student={s} onDone={() => void load()} report={report} />)}
    </div>
  );
}

function StudentCard({ student, onDone, report }: { student: RosterStudent; onDone(): void; report(text: string, isError?: boolean): void }) {
  const t = useTranslations("class.roster");
  const [composing, setComposing] = useState<RosterDeployment>();
  return (
    <section className={styles.student} data-testid="roster-student" data-email={student.email}>
      <header>
        <h2>{student.name}</h2>
        <span className={styles.muted}>{student.email}</span>
        {student.sandboxAccountId ? <span className={styles.muted}>{t("sandboxAccount", { account: student.sandboxAccountId })}</span> : null}
        <span className={styles.muted} data-testid="student-aws">
          {student.awsCredentials === "profile" ? t("awsProfile") : student.awsCredentials === "role" ? t("awsRole") : t("awsNone", { email: student.email })}
        </span>
        <span className={styles.money} data-testid="student-per-hour">{t("perHourValue", { amount: money(student.perHour) })}</span>
      </header>
      {student.deployments.length === 0 ? (
        <p className={styles.muted}>{t("noDeployments")}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr><th>{t("deployment")}</th><th>{t("lifecycle")}</th><th>{t("running")}</th><th>{t("perHour")}</th><th>{t("actions")}</th></tr>
          </thead>
          <tbody>
            {student.deployments.map((d) => <DeploymentRow key={d.id} student={student} deployment={d} onRemind={() => setComposing(d)} onDone={onDone} report={report} />)}
          </tbody>
        </table>
      )}
      {composing ? <ReminderComposer student={student} deployment={composing} onClose={() => setComposing(undefined)} report={report} /> : null}
    </section>
  );
}

function DeploymentRow({ student, deployment: d, onRemind, onDone, report }: { student: RosterStudent; deployment: RosterDeployment; onRemind(): void; onDone(): void; report(text: string, isError?: boolean): void }) {
  const t = useTranslations("class.roster");
  const tCost = useTranslations("deploy.cost");
  const isGone = d.lifecycle === "cleaned-up";
  const cleanUp = async () => {
    if (!window.confirm(t("confirmCleanUp", { name: student.name, deployment: d.name }))) return;
    const result = await startCleanupAction({ deploymentId: d.id });
    report(result.ok ? t("cleaningStarted", { deployment: d.name }) : t("failed", { message: result.error.message }), !result.ok);
    onDone();
  };
  return (
    <tr data-testid="roster-deployment" data-deployment-id={d.id} data-lifecycle={d.lifecycle}>
      <td>{d.name}<div className={styles.muted}>{d.id}</div></td>
      <td className={styles.nowrap} data-testid="roster-lifecycle">{t(`lifecycleName.${d.lifecycle}`)}</td>
      <td>{d.running.length === 0 ? <span className={styles.muted}>{t("nothingRunning")}</span> : d.running.map((r) => tCost("line", { quantity: r.quantity, item: tCost(`item.${r.id}`, { type: r.instanceType ?? "", size: ROOT_VOLUME_GIB }) })).join(", ")}</td>
      <td className={styles.money} data-testid="roster-per-hour" data-per-hour={d.perHour}>{t("perHourValue", { amount: money(d.perHour) })}{d.hasUnknownPrice ? ` ${t("priceUnknown")}` : ""}</td>
      <td>
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={onRemind} data-testid="roster-remind">{t("remind")}</button>
          <button type="button" className={`${styles.button} ${styles.danger}`} onClick={() => void cleanUp()} disabled={isGone || d.lifecycle === "cleaning-up" || d.lifecycle === "running"} data-testid="roster-clean-up">{t("cleanUp")}</button>
        </div>
      </td>
    </tr>
  );
}

function ReminderComposer({ student, deployment, onClose, report }: { student: RosterStudent; deployment: RosterDeployment; onClose(): void; report(text: string, isError?: boolean): void }) {
  const t = useTranslations("class.roster");
  const [message, setMessage] = useState(() => t("reminderDefault", { deployment: deployment.name, amount: money(deployment.perHour) }));
  const send = async () => {
    const result = await sendReminderAction({ studentId: student.userId, deploymentId: deployment.id, message });
    report(result.ok ? t("reminderSent", { name: student.name }) : t("failed", { message: result.error.issues?.[0]?.message ?? result.error.message }), !result.ok);
    if (result.ok) onClose();
  };
  return (
    <div className={styles.compose} data-testid="reminder-composer">
      <label>
        {t("reminderPrompt", { name: student.name })}
        <textarea value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} data-testid="reminder-text" />
      </label>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => void send()} data-testid="reminder-send">{t("send")}</button>
        <button type="button" className={styles.button} onClick={onClose}>{t("cancel")}</button>
      </div>
    </div>
  );
}
