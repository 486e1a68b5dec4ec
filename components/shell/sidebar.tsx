"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
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
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const selectEntity = (id: string) => useViewStore.getState().revealEntity(id);
  // Deploy and Status stay mounted (hidden) once opened, so live progress and the status poll
  // keep the diagram current while the user edits in the Inspector.
  const [opened, setOpened] = useState<ReadonlySet<SidebarTab>>(() => new Set([tab]));
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  const panel = (id: SidebarTab, content: ReactNode) =>
    id === tab || ((id === "deploy" || id === "status") && opened.has(id)) ? (
      <div key={id} className="tab-panel" role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== tab}>
        {content}
      </div>
    ) : null;
  return (
    <aside className="sidebar" aria-label={t("label")}>
      <div className="tabs" role="tablist" aria-label={t("label")}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} className="tab" data-testid={`tab-${id}`} onClick={() => setTab(id)}>
            {t(id)}
            {id === "problems" && errors + warnings ? (
              <span className={`tab-count ${errors ? "count-error" : "count-warning"}`} data-testid="problems-count">{errors + warnings}</span>
            ) : null}
          </button>
        ))}
      </div>
      {panel("inspector", <Inspector />)}
      {panel("problems", <ProblemsPanel />)}
      {panel("deploy", <DeployPanel design={design} hasErrors={errors > 0} onSelectEntity={selectEntity} />)}
      {panel("status", <StatusPanel design={design} hasErrors={errors > 0} onSelectEntity={selectEntity} />)}
    </aside>
  );
}
