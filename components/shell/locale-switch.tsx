"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, LOCALE_COOKIE } from "../i18n/locales";

/** Language switch; the choice is remembered in the NEXT_LOCALE cookie for a year. */
export function LocaleSwitch() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: string) => {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  };
  return (
    <label className="locale-switch" title={t("language")}>
      <span className="sr-only">{t("language")}</span>
      <select value={locale} onChange={(e) => choose(e.target.value)} disabled={pending} data-testid="locale-switch" aria-label={t("language")}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
