import type { Locale } from "../rules/format";
import { EN_TERMS } from "../rules/messages/en";
import { KO_TERMS } from "../rules/messages/ko";
import { EN_HOW, EN_REACH } from "./messages/en";
import { KO_HOW, KO_REACH } from "./messages/ko";
import type { ReachParams } from "./types";
import { resolveParticles } from "../i18n/particles";

const CATALOGUES: Record<Locale, { text: Record<string, string>; how: Record<string, string>; terms: Record<string, string> }> = {
  en: { text: EN_REACH, how: EN_HOW, terms: EN_TERMS },
  ko: { text: KO_REACH, how: KO_HOW, terms: KO_TERMS },
};

/**
 * A hop note or blocker reason in the given language. `{kind}` is translated by the rules'
 * term list; `{how}` (how a route lookup ended, "nat:<name>" for a NAT gateway) by ours.
 * English sentences that begin with a word get a capital; one that begins with an entity
 * name keeps the name as written (web-a, not Web-a).
 */
export function formatReach(key: string, params: ReachParams, locale: Locale): string {
  const { text, how, terms } = CATALOGUES[locale];
  const template = text[key] ?? key;
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === "how") return describeHow(String(value), how);
    return name === "kind" ? (terms[String(value)] ?? String(value)) : String(value);
  });
  if (locale === "ko") return resolveParticles(filled);
  return !template.startsWith("{") ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

function describeHow(value: string, how: Record<string, string>): string {
  if (value.startsWith("nat:")) return (how.nat ?? value).replace("{name}", value.slice(4));
  return how[value] ?? value;
}

/** The sentence every answer carries about network ACLs. */
export function naclAssumption(locale: Locale): string {
  return formatReach("nacl-assumed", {}, locale);
}
