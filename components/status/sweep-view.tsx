"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { confirmSweepAction, scanOrphansAction, sweepGroupAction } from "../../app/actions/sweep";
import type { SweepAccount, SweepGroup, SweepScan } from "../../lib/cleanup/sweep-groups";
import { useActionErrorText } from "../deploy/use-action-error";
import styles from "./status.module.css";

/**
 * The orphan sweep: everything carrying this app's tags in a region, grouped by deployment
 * with age and cost per hour; a group is deleted in safe order after confirmation (on a real
 * account the server's: a token bound to the account, region, group and its cost per hour).
 */
export function SweepView({ defaultRegion, defaultTarget }: { defaultRegion: string; defaultTarget: "sandbox" | "aws" }) {
  const t = useTranslations("status.sweep");
  const [region, setRegion] = useState(defaultRegion);
  const [target, setTarget] = useState(defaultTarget);
  const [scan, setScan] = useState<SweepScan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorText = useActionErrorText();
  const rescan = async () => {
    setBusy(true);
    const out = await scanOrphansAction({ region, target });
    setBusy(false);
    setScan(out.ok ? out.data : null);
    setError(out.ok ? null : out.error.message);
  };
  const sweep = async (group: SweepGroup) => {
    const confirmed = await confirmSweepAction({ region, target, deploymentId: group.deploymentId });
    if (!confirmed.ok) return setError(errorText(confirmed.error));
    const c = confirmed.data;
    const question = c.isRequired
      ? t("confirmAws", { count: group.resources.length, id: group.deploymentId, account: c.binding.accountId, region: c.binding.region, rate: c.binding.usdPerHour.toFixed(4) })
      : t("confirm", { count: group.resources.length, id: group.deploymentId });
    if (!window.confirm(question)) return;
    const out = await sweepGroupAction({ region, target, deploymentId: group.deploymentId, ...(c.isRequired ? { confirmation: c.token } : {}) });
    setError(out.ok ? null : errorText(out.error));
    setTimeout(() => void rescan(), 1_500);
  };
  return (
    <section className={styles.section} aria-label={t("title")} data-testid="sweep-view">
      <h3 className={styles.heading}>{t("title")}</h3>
      <p className={styles.muted}>{t("intro")}</p>
      <div className={styles.actions}>
        <label>
          {t("region")} <input className={styles.select} value={region} onChange={(e) => setRegion(e.target.value.trim())} size={14} />
        </label>
        <select className={styles.select} value={target} onChange={(e) => setTarget(e.target.value as "sandbox" | "aws")} aria-label={t("target")}>
          <option value="sandbox">{t("sandbox")}</option>
          <option value="aws">{t("aws")}</option>
        </select>
        <button type="button" className="btn" disabled={busy} onClick={() => void rescan()} data-testid="sweep-scan">
          {busy ? t("scanning") : t("scan")}
        </button>
      </div>
      {scan?.covers && scan.covers.some((a) => a.studentName) ? (
        <p className={styles.muted} data-testid="sweep-covers">
          {t("covers", { accounts: scan.covers.map((a) => accountLabel(t, a)).join(", ") })}
        </p>
      ) : null}
      {scan && scan.groups.length === 0 ? <p className={styles.muted}>{t("none", { region })}</p> : null}
      <ul className={styles.rows}>
        {scan?.groups.map((g) => <GroupRow key={g.deploymentId} group={g} isRunning={scan.runs.some((r) => r.deploymentId === g.deploymentId && r.isRunning)} onSweep={() => void sweep(g)} />)}
      </ul>
      {error ? <p className={styles.fail} role="alert">{error}</p> : null}
    </section>
  );
}

function GroupRow({ group, isRunning, onSweep }: { group: SweepGroup; isRunning: boolean; onSweep(): void }) {
  const t = useTranslations("status.sweep");
  const tKind = useTranslations("designer.kind");
  // Kinds in the reader's language ("NAT 게이트웨이"), as the Status rows name them.
  const kind = (k: string) => (tKind.has(k) ? tKind(k) : k);
  const minutes = group.ageMs === undefined ? undefined : Math.floor(group.ageMs / 60_000);
  const age = minutes === undefined ? t("ageUnknown") : minutes >= 60 ? t("ageHours", { hours: Math.floor(minutes / 60) }) : t("ageMinutes", { minutes });
  return (
    <li className={styles.row}>
      <div className={styles.rowHead}>
        <code>{group.deploymentId}</code>
        <span className={styles.kind}>{group.hasJournal ? t("hasJournal") : t("noJournal")}</span>
        {group.account?.studentName ? <span className={styles.kind}>{accountLabel(t, group.account)}</span> : null}
      </div>
      {group.isBusy ? <span className={styles.muted}>{t("busy")}</span> : group.isOtherInstallation ? <span className={styles.fail}>{t("otherInstallation")}</span> : null}
      <span className={styles.muted}>{t("group", { count: group.resources.length, age, rate: group.usdPerHour.toFixed(4) })}</span>
      <details>
        <summary className={styles.muted}>{group.resources.map((r) => r.kind).filter((k, i, a) => a.indexOf(k) === i).map(kind).join(", ")}</summary>
        <ul className={styles.list}>
          {group.resources.map((r) => (
            <li key={r.awsId}>
              {kind(r.kind)} <code>{r.awsId}</code> {r.logicalId}
            </li>
          ))}
        </ul>
      </details>
      <div className={styles.actions}>
        <button type="button" className="btn btn-danger" disabled={isRunning || group.isBusy} onClick={onSweep}>
          {isRunning ? t("running") : t("delete")}
        </button>
      </div>
    </li>
  );
}

/** Whose account a group was found in (team mode): a student's, or the class's shared one. */
function accountLabel(t: ReturnType<typeof useTranslations<"status.sweep">>, account: SweepAccount): string {
  if (!account.studentName) return t("sharedAccount");
  return account.accountId ? t("studentAccount", { name: account.studentName, account: account.accountId }) : t("studentAccountNoId", { name: account.studentName });
}
