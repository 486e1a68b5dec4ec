import "server-only";
// next-intl's own core (next-intl itself pulls in React hooks, which a terminal has no use for).
import { createTranslator } from "use-intl/core";
import { withParticles } from "../../../lib/i18n/particles";
import { LIVE_TEXTS_EN, type LiveText } from "../../../lib/live/text";

const messages: Record<string, Record<string, string>> = { live: LIVE_TEXTS_EN };
const t = createTranslator({ locale: "en", messages, namespace: "live" }) as unknown as (key: string, values: Record<string, string | number>) => string;

/**
 * A live message in English for the terminal, from the same table the browser's English
 * catalogue holds (the browser words it in the reader's language instead).
 */
export function formatLiveText(text: LiveText): string {
  return t(text.key, withParticles(text.params ?? {}));
}

/** Several facts on one line, as the terminal shows them. */
export const formatFacts = (facts: readonly LiveText[] | undefined): string => (facts ?? []).map(formatLiveText).join(" · ");
