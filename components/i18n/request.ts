import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./catalog";
import { LOCALE_COOKIE, pickLocale } from "./locales";

// next-intl without locale routing: the language comes from the remembered cookie, else the
// browser's Accept-Language, so the lab's Korean students see Korean on their first visit.
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale) };
});
