"use client";
import { useId, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Finding } from "../../lib/rules";
import { formatFindingText } from "../canvas/findings";
import type { Check } from "./checks";
import { withParticles } from "../../lib/i18n/particles";

type FieldProps = {
  label: string;
  value: string;
  /** Called with every valid value as the user types; invalid text stays local and shows its error. */
  onCommit(value: string): void;
  check?: Check;
  findings?: readonly Finding[];
  help?: string;
  testId?: string;
  multiline?: boolean;
  mono?: boolean;
  placeholder?: string;
  suffix?: ReactNode;
};

/** Finding messages in the user's language. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const locale = useLocale() === "ko" ? "ko" : "en";
  if (!findings.length) return null;
  return (
    <ul className="field-findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding-${f.severity}`} data-testid="field-finding">
          {formatFindingText(f, locale)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A text field that checks as you type: the shape check (from the schema) runs on every
 * keystroke, valid text is committed to the document at once (so the rules and the canvas
 * follow), and the rule findings for this field are listed under it.
 */
export function TextField({ label, value, onCommit, check, findings = [], help, testId, multiline, mono, placeholder, suffix }: FieldProps) {
  const t = useTranslations("designer.field");
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const error = check?.(draft) ?? null;
  const change = (text: string) => {
    setDraft(text);
    if (!check?.(text)) onCommit(text);
  };
  const invalid = Boolean(error) || findings.some((f) => f.severity === "error");
  const props = { id, value: draft, "aria-invalid": invalid, "aria-describedby": `${id}-msg`, "data-testid": testId, placeholder, className: mono ? "mono" : undefined };
  return (
    <div className={`field ${invalid ? "is-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        {multiline ? <textarea {...props} rows={6} onChange={(e) => change(e.target.value)} /> : <input {...props} onChange={(e) => change(e.target.value)} />}
        {suffix}
      </div>
      <div id={`${id}-msg`}>
        {error ? (
          <p className="field-error" role="alert" data-testid="field-error">
            {t(error.key, withParticles({ field: label, ...error.values }))}
          </p>
        ) : null}
        <FindingList findings={findings} />
        {help && !error ? <p className="field-help">{help}</p> : null}
      </div>
    </div>
  );
}

/** A labelled select. */
export function SelectField({ label, value, options, onChange, testId, help }: { label: string; value: string; options: readonly { value: string; label: string }[]; onChange(value: string): void; testId?: string; help?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {help ? <p className="field-help">{help}</p> : null}
    </div>
  );
}

/** A labelled checkbox with optional help. */
export function CheckField({ label, checked, onChange, help, testId }: { label: string; checked: boolean; onChange(checked: boolean): void; help?: string; testId?: string }) {
  return (
    <div className="field field-check">
      <label>
        <input type="checkbox" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      {help ? <p className="field-help">{help}</p> : null}
    </div>
  );
}

/** A set of checkboxes choosing ids (subnets of a load balancer, groups of an instance…). */
export function CheckList({ label, options, selected, onChange, empty, testId }: { label: string; options: readonly { value: string; label: string; note?: string }[]; selected: readonly string[]; onChange(next: string[]): void; empty: string; testId?: string }) {
  const toggle = (v: string, on: boolean) => onChange(on ? [...selected, v] : selected.filter((s) => s !== v));
  return (
    <fieldset className="field checklist" data-testid={testId}>
      <legend>{label}</legend>
      {options.length === 0 ? <p className="field-help">{empty}</p> : null}
      {options.map((o) => (
        <label key={o.value} className="check-option">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          <span>{o.label}</span>
          {o.note ? <span className="option-note">{o.note}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}

/** Findings of an entity at one field path (`subnets.public-a.cidr`). */
/** Fields whose findings the forms list under the field itself (each form's `at(field)`). */
export const FIELDS_WITH_FINDINGS = ["name", "cidr", "userData"] as const;

/**
 * The findings not listed under one of the entity's fields: the inspector's top list shows
 * only these, so a finding (an overlapping CIDR) is printed once, where it belongs.
 */
export function findingsBesideFields(findings: readonly Finding[], collection: string, id: string): Finding[] {
  const atFields = new Set(FIELDS_WITH_FINDINGS.flatMap((f) => findingsAt(findings, `${collection}.${id}.${f}`)));
  return findings.filter((f) => !atFields.has(f));
}

export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.path === path || f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[`));
}
