"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Inspector } from "../inspector/inspector";
import { ProblemsPanel } from "../problems/problems-panel";
import { useFindings } from "../canvas/findings";
import { useDocumentStore } from "../canvas/store";
import { useViewStore, type SidebarTab } from "../canvas/view-store";

const TABS: readonly SidebarTab[] = ["inspector", "problems", "deploy", "status"];

// Deploy and status load when their tab is first opened: drawing a VPC never needs them.
const DeployPanel = dynamic(() => import("../deploy/deploy-panel").then((m) => m.DeployPanel));
const StatusPanel = dynamic(() => import("../status/status-panel").then((m) => m.StatusPanel));

/** The right sidebar: Inspector | Problems | Deploy | Status. */
export function Sidebar() {
  const t = useTranslations("designer.sidebar");
  const tab = useViewStore((s) => s.tab);
  const setTab = useViewStore((s) => s.setTab);
  const design = useDocumentStore((s) => s.design);
  const findings = useFindings();
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const selectEntity = (id: string) => useViewStore.getState().revealEntity(id);
  return (
    <aside className="sidebar" aria-label={t("label")}>
      <div className="tabs" role="tablist" aria-label={t("label")}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} className="tab" data-testid={`tab-${id}`} onClick={() => setTab(id)}>
            {t(id)}
            {id === "problems" && findings.length ? <span className={`tab-count ${errors ? "count-error" : "count-warning"}`}>{errors || warnings}</span> : null}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "inspector" ? <Inspector /> : null}
        {tab === "problems" ? <ProblemsPanel /> : null}
        {tab === "deploy" ? <DeployPanel design={design} hasErrors={errors > 0} onSelectEntity={selectEntity} /> : null}
        {tab === "status" ? <StatusPanel design={design} hasErrors={errors > 0} onSelectEntity={selectEntity} /> : null}
      </div>
    </aside>
  );
}
