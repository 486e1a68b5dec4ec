import "server-only";
// next-intl's own core (next-intl itself pulls in React hooks, which a server module and a terminal have no use for).
import { createTranslator } from "use-intl/core";
import { withParticles } from "../../lib/i18n/particles";
import { LIVE_TEXTS_EN, type LiveText } from "../../lib/live/text";

const messages: Record<string, Record<string, string>> = { live: LIVE_TEXTS_EN };
const t = createTranslator({ locale: "en", messages, namespace: "live" }) as unknown as (key: string, values: Record<string, string | number>) => string;

/**
 * A live message in English, from the same table the browser's English catalogue holds: for
 * the terminal, logs and error messages (the browser words the message in the reader's
 * language instead).
 *
 * @example english({ key: "logDone" }) === "done"
 */
export function english(text: LiveText): string {
  return t(text.key, withParticles(text.params ?? {}));
}
