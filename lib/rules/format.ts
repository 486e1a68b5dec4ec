import { EN_MESSAGES, EN_TERMS } from "./messages/en";
import { KO_MESSAGES, KO_TERMS } from "./messages/ko";
import type { Finding, FindingParams } from "./types";
import { resolveParticles } from "../i18n/particles";

export type Locale = "en" | "ko";

/** Params whose value is a term id (an entity kind, a rule direction) rather than literal text. */
export const TRANSLATED_PARAMS: readonly string[] = ["kind", "targetKind", "direction", "field"];

const TERMS: Record<Locale, Record<string, string>> = { en: EN_TERMS, ko: KO_TERMS };

/**
 * Fills `{param}` placeholders; term params are translated, unknown placeholders stay visible
 * so a missing value is noticed rather than hidden. English sentences start with a capital.
 */
export function renderMessage(template: string, params: FindingParams, locale: Locale): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    const text = String(value);
    return TRANSLATED_PARAMS.includes(key) ? (TERMS[locale][text] ?? text) : text;
  });
  // Korean templates mark particles "이(가)"; the filled-in value decides which form (lib/i18n/particles.ts).
  return locale === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : resolveParticles(text);
}

/**
 * A finding's message in the given language, from the one catalogue keyed by rule id; the
 * problems panel uses it. Falls back to the English `message` for a rule it does not know.
 */
export function formatFinding(finding: Pick<Finding, "ruleId" | "params" | "message">, locale: Locale): string {
  const catalogue: Record<string, string> = locale === "ko" ? KO_MESSAGES : EN_MESSAGES;
  const template = catalogue[finding.ruleId];
  return template ? renderMessage(template, finding.params, locale) : finding.message;
}
