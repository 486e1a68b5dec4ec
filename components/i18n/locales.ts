/** Languages the app speaks. Korean first: the lab's students are Korean. */
export const LOCALES = ["ko", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Cookie that remembers the user's choice. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Picks a supported locale from a cookie value or an Accept-Language header. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie && (LOCALES as readonly string[]).includes(cookie)) return cookie as Locale;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]!.trim().toLowerCase().slice(0, 2));
  return (wanted.find((lang) => (LOCALES as readonly string[]).includes(lang)) as Locale | undefined) ?? DEFAULT_LOCALE;
}
