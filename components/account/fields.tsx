"use client";
import styles from "./account.module.css";

export type FieldIssues = Record<string, string>;

/** Action issues (`{ path, message }`) by field name, for the form to show beside each input. */
export function issuesByField(issues: Array<{ path: string; message: string }> | undefined): FieldIssues {
  return Object.fromEntries((issues ?? []).map((i) => [i.path, i.message]));
}

/** One labelled input with the server's issue for it (the field is named, and what is allowed). */
export function Field({ name, label, type = "text", autoComplete, hint, issue }: { name: string; label: string; type?: string; autoComplete?: string; hint?: string; issue?: string }) {
  // The field's name first, then what is allowed: "Invite code: an invite code is 8 letters…".
  const issueText = issue ? `${label}: ${issue}` : undefined;
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input name={name} type={type} autoComplete={autoComplete} required data-testid={`field-${name}`} aria-invalid={issue ? true : undefined} />
      {hint && !issue ? <span className={styles.hint}>{hint}</span> : null}
      {issueText ? <span className={styles.issue} data-testid={`issue-${name}`}>{issueText}</span> : null}
    </label>
  );
}
