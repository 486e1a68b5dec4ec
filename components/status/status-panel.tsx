"use client";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import { useStoredChoice } from "../deploy/use-stored-choice";
import { useDeploymentPoll } from "../deploy/use-deployment-poll";
import { AdoptedNotice } from "./adopted-notice";
import { AlbTest } from "./alb-test";
import { CleanupSection } from "./cleanup-section";
import { CopyValue } from "./copy-button";
import { ConsoleOutputSection } from "./console-output";
import { CostAndTimer } from "./cost-timer";
import { ResourceList } from "./resource-list";
import styles from "./status.module.css";
import { SweepView } from "./sweep-view";

export type StatusPanelProps = { design: Design; hasErrors: boolean; onSelectEntity(entityId: string): void };

/**
 * The Status tab: live status of the current deployment (every resource with its AWS id,
 * drift, cost so far, the lab timer), "test the load balancer", the guided cleanup with its
 * verified report, and the orphan sweep for the region. It reads the same one poll as the
 * Deploy tab and the diagram.
 */
export function StatusPanel({ design, onSelectEntity }: StatusPanelProps) {
  const t = useTranslations("status");
  const tLifecycle = useTranslations("deploy.progress.status");
  // The deploy panel remembers the last deployment across reloads under this key.
  const [remembered] = useStoredChoice<string>("vpcd.deploy.last", "");
  const deploymentId = remembered || null;
  const { view: dashboard, pollError: error, refresh } = useDeploymentPoll(deploymentId);
  const reading = dashboard?.reading;
  const hasAlb = reading?.view.rows.some((r) => r.kind === "load-balancer" && r.state === "active");
  const instances = (reading?.view.rows ?? []).filter((r) => r.kind === "instance" && r.phase !== "deleted").map((r) => r.logicalId);
  const adopted = dashboard?.deployment.adopted;
  return (
    <div className={styles.panel} data-testid="status-panel">
      {!deploymentId ? <p className={styles.muted}>{t("noDeployment")}</p> : null}
      {dashboard?.lifecycle === "running" ? <p className={styles.muted} role="status">{t("deployRunning")}</p> : null}
      {error || dashboard?.readError ? <p className={styles.warn} role="status">{t("readError", { message: error ?? dashboard?.readError ?? "" })}</p> : null}
      {dashboard && deploymentId ? (
        <>
          <header className={styles.rowHead}>
            <strong>{dashboard.name}</strong>
            <span className={styles.kind}>{t(`target.${dashboard.target.kind}`, { region: dashboard.target.region })}</span>
            <span className={styles.phase} data-testid="deployment-lifecycle" data-lifecycle={dashboard.lifecycle}>{tLifecycle(dashboard.lifecycle)}</span>
          </header>
          <CopyValue value={deploymentId} testId="status-deployment-id" />
          {adopted ? <AdoptedNotice adopted={adopted} rows={reading?.view.rows} /> : null}
          <CostAndTimer
            deploymentId={deploymentId}
            cost={reading?.cost}
            timer={dashboard.timer}
            hasTimer={!adopted}
            isSandbox={dashboard.target.kind === "sandbox"}
            isNothingBillable={dashboard.lifecycle === "cleaned-up" || Boolean(dashboard.cleanup.report?.isNothingBillableLeft)}
            onChanged={refresh}
          />
          {reading ? <ResourceList rows={reading.view.rows} onSelectEntity={onSelectEntity} /> : null}
          {reading ? <p className={styles.muted}>{t("calls", { calls: reading.calls, seconds: Math.round(reading.nextPollMs / 1000) })}</p> : null}
          {hasAlb ? <AlbTest deploymentId={deploymentId} /> : null}
          {instances.length > 0 ? <ConsoleOutputSection deploymentId={deploymentId} instances={instances} /> : null}
          <CleanupSection deploymentId={deploymentId} view={dashboard.cleanup} isAdopted={Boolean(adopted)} onChanged={refresh} />
        </>
      ) : null}
      <SweepView defaultRegion={dashboard?.target.region ?? design.region} defaultTarget={dashboard?.target.kind ?? "sandbox"} />
    </div>
  );
}
