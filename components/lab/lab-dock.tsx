"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useLabStore } from "./lab-store";

// The guided steps (their checks and the design loader) load when the lab is first opened.
const LabPanel = dynamic(() => import("./lab-panel").then((m) => m.LabPanel));

/** Lab mode over the canvas: a button while closed, the guided steps while open. */
export function LabDock() {
  const t = useTranslations("lab");
  const isOpen = useLabStore((s) => s.isOpen);
  if (!isOpen) {
    return (
      <button type="button" className="lab-open btn btn-small" data-testid="lab-open" onClick={() => useLabStore.getState().setOpen(true)}>
        {t("open")}
      </button>
    );
  }
  return <LabPanel />;
}
