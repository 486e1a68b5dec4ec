"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import styles from "./status.module.css";

/** A value with a small button that copies it (AWS ids, IPs, the ALB's DNS name). */
export function CopyValue({ value, testId }: { value: string; testId?: string }) {
  const t = useTranslations("status");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1_500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <span className={styles.copy}>
      <code data-testid={testId}>{value}</code>
      <button type="button" className={styles.copyButton} onClick={() => void copy()} aria-label={t("copy", { value })} title={t("copy", { value })}>
        {copied ? "✓" : "⧉"}
      </button>
    </span>
  );
}
