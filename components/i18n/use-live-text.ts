"use client";
import { useTranslations } from "next-intl";
import { withParticles } from "../../lib/i18n/particles";
import type { LiveText } from "../../lib/live/text";

/**
 * Words a server-sent live message in the reader's language from the `live` catalogue, with
 * the Korean particles of its values (`{name}{name_iga}`) filled in.
 */
export function useLiveText(): (text: LiveText) => string {
  const t = useTranslations("live");
  return (text) => t(text.key, withParticles(text.params ?? {}));
}

/**
 * `useTranslations` whose values carry their Korean particles: a message says
 * "{name}{name_iga}" and reads "lab-sg가" or "서브넷이", never "lab-sg이(가)".
 */
export function useParticleTranslations(namespace: string): (key: string, values?: Record<string, string | number>) => string {
  const t = useTranslations(namespace);
  return (key, values) => t(key, withParticles(values ?? {}));
}
