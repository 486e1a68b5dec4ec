"use client";
import { useTranslations } from "next-intl";
import type { TargetKind } from "../../lib/actions/inputs";
import styles from "./deploy.module.css";

/** Sandbox or AWS account; the panel remembers the choice (sandbox by default). */
export function TargetSwitch({ value, onChange }: { value: TargetKind; onChange(kind: TargetKind): void }) {
  const t = useTranslations("deploy.target");
  return (
    <fieldset className={styles.targets} data-testid="deploy-target">
      <legend className={styles.heading}>{t("label")}</legend>
      {(["sandbox", "aws"] as const).map((kind) => (
        <label key={kind} className={styles.target}>
          <input type="radio" name="deploy-target" value={kind} checked={value === kind} onChange={() => onChange(kind)} data-testid={`deploy-target-${kind}`} />
          <span>{t(kind)}</span>
          <small>{t(`${kind}Help`)}</small>
        </label>
      ))}
    </fieldset>
  );
}
