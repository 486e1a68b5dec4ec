import type { Locale } from "./locales";

/**
 * Message catalogues, one JSON file per namespace and language, so each part of the app owns
 * its own strings. Add a namespace here in both languages; a unit test checks the key sets match.
 */
export const NAMESPACES = ["app", "designer", "deploy", "status", "reach", "lab", "workspace", "guide", "class", "live", "designs"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
