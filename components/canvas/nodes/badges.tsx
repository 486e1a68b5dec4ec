"use client";
import { useTranslations } from "next-intl";
import { useEntityStatus } from "../../deploy/deployment-store";

/** Error / warning counts from the rules, shown in a node's corner. */
export function IssueBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useTranslations("designer.node");
  if (!errors && !warnings) return null;
  const tone = errors ? "error" : "warning";
  return (
    <span className={`issue-badge issue-${tone}`} data-testid="issue-badge" data-severity={tone} title={t("issues", { errors, warnings })}>
      {errors || warnings}
    </span>
  );
}

/** The deployment phase of a node's resource (a coloured pill) and its one-line detail, once deployed. */
export function StatusPill({ entityId }: { entityId: string }) {
  const t = useTranslations("designer.phase");
  const status = useEntityStatus(entityId);
  if (!status) return null;
  return (
    <span className={`status-pill phase-${status.phase}`} data-testid="status-pill" data-phase={status.phase} title={status.awsId ?? t(status.phase)}>
      <span className="status-dot" />
      {t(status.phase)}
    </span>
  );
}

/** Ring class for a node while its resource is being worked on. */
export function usePhaseClass(entityId: string): string {
  const status = useEntityStatus(entityId);
  return status ? `has-phase ring-${status.phase}` : "";
}
