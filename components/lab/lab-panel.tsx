"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { emptyDesign } from "../../lib/design/empty";
import { loadDesignText } from "../../lib/design/migrate";
import type { LabStepId } from "../../lib/lab";
import { useDocumentStore } from "../canvas/store";
import { LabStepDetail } from "./lab-step";
import { useLabStore } from "./lab-store";
import { useLabProgress } from "./use-lab";

/** The lab's guided steps: progress, start over, leave and come back to the lab's design. */
export function LabPanel() {
  const t = useTranslations("lab");
  const progress = useLabProgress();
  const design = useDocumentStore((s) => s.design);
  const labDesign = useLabStore((s) => s.labDesign);
  const [viewing, setViewing] = useState<LabStepId | null>(null);
  const shown = viewing && progress.steps.find((s) => s.id === viewing)?.isUnlocked ? viewing : progress.current;
  const done = progress.steps.filter((s) => s.isDone).length;
  const start = () => {
    useLabStore.getState().restart();
    useDocumentStore.getState().reset(emptyDesign("ap-northeast-2", "KTB VPC lab"));
    setViewing(null);
  };
  const leave = () => {
    useLabStore.getState().keepDesign(JSON.stringify(design));
    useLabStore.getState().setOpen(false);
  };
  const comeBack = () => {
    const loaded = labDesign ? loadDesignText(labDesign) : null;
    if (loaded?.ok) useDocumentStore.getState().reset(loaded.design);
    useLabStore.getState().keepDesign(null);
  };
  return (
    <section className="lab-panel" aria-label={t("title")} data-testid="lab-panel">
      <header className="lab-head">
        <strong>{t("title")}</strong>
        <span data-testid="lab-progress">{t("progress", { done, total: progress.steps.length })}</span>
      </header>
      <p className="lab-sub">{t("subtitle")}</p>
      <div className="lab-actions">
        <button type="button" className="btn btn-small" data-testid="lab-start" onClick={start}>{t("start")}</button>
        {labDesign && labDesign !== JSON.stringify(design) ? <button type="button" className="btn btn-small" data-testid="lab-return" onClick={comeBack}>{t("return")}</button> : null}
        <button type="button" className="btn btn-small" data-testid="lab-leave" onClick={leave}>{t("leave")}</button>
        <button type="button" className="btn btn-small" data-testid="lab-close" onClick={() => useLabStore.getState().setOpen(false)}>{t("close")}</button>
      </div>
      <ol className="lab-steps" aria-label={t("stepsLabel")}>
        {progress.steps.map((s) => {
          const state = s.isDone ? "done" : s.isUnlocked ? "current" : "locked";
          return (
            <li key={s.id} data-testid={`lab-step-${s.id}`} data-state={state} className={`lab-step is-${state} ${s.id === shown ? "is-shown" : ""}`}>
              <button type="button" disabled={!s.isUnlocked} onClick={() => setViewing(s.id)} aria-expanded={s.id === shown}>
                <span className="lab-step-title">{t(`steps.${s.id}.title`)}</span>
                <span className="lab-step-state">{t(`state.${state}`)}</span>
              </button>
              {s.id === shown ? <LabStepDetail step={s} /> : null}
            </li>
          );
        })}
      </ol>
      {progress.current === null ? <p className="lab-ok" data-testid="lab-complete">{t("complete")}</p> : null}
    </section>
  );
}
