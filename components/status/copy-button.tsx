"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import styles from "./status.module.css";

/** A value with a small button that copies it (AWS ids, IPs, the ALB's DNS name). */
export function CopyValue({ value, testId }: { value: string; testId?: string }) {
  return (
    <span className={styles.copy}>
      <code data-testid={testId}>{value}</code>
      <CopyButton value={value} />
    </span>
  );
}

/** Only the button, for a value already shown in a sentence ("public IP 54.1.1.1"). */
export function CopyButton({ value }: { value: string }) {
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
    <button type="button" className={styles.copyButton} onClick={() => void copy()} aria-label={t("copy", { value })} title={t("copy", { value })}>
      {copied ? <CheckIcon /> : <CopyIcon />}
    </button>
  );
}

function CopyIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 8.5l3 3 7-7" />
    </svg>
  );
}
