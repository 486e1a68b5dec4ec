"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useDocumentStore } from "../canvas/store";
import { useDeploymentStore } from "../deploy/deployment-store";
import { newDesign } from "./commands";

/**
 * On a first visit the designer opens on the students' lab; this card says so and offers an
 * empty start. It disappears after the first edit, once a deployment is under way, or when dismissed.
 */
export function WelcomeCard({ firstVisit }: { firstVisit: boolean }) {
  const t = useTranslations("designer.welcome");
  const tb = useTranslations("designer.toolbar");
  const [open, setOpen] = useState(firstVisit);
  const untouched = useDocumentStore((s) => s.past.length === 0);
  const deploying = useDeploymentStore((s) => s.deploymentId !== null);
  if (!open || !untouched || deploying) return null;
  return (
    <div className="welcome" role="note" data-testid="welcome">
      <strong>{t("title")}</strong>
      <span>{t("body")}</span>
      <div className="welcome-actions">
        <button type="button" className="btn btn-primary btn-small" data-testid="welcome-start-empty" onClick={() => (newDesign(tb("untitled")), setOpen(false))}>
          {t("startEmpty")}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setOpen(false)}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
