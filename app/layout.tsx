import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "@xyflow/react/dist/style.css";
// Korean glyphs on machines without a Korean font: Noto Sans KR (SIL OFL 1.1) from the npm
// registry, cut into unicode-range slices, so a browser fetches only the slices of the
// characters on the page, and nothing for a page without Hangul (see --font in globals.css).
import "@fontsource/noto-sans-kr/400.css";
import "@fontsource/noto-sans-kr/700.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: t("title"), description: t("tagline"), icons: { icon: "/icon.svg" } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} suppressHydrationWarning>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
