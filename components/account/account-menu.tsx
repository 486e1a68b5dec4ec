"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AccountSummary } from "../../lib/class";
import { signOutAction } from "../../app/actions/account";
import styles from "./account.module.css";

/** Who is signed in (name, role, class), a link between the designer and the class view, and sign out. */
export function AccountMenu({ account, isOnClassView = false }: { account: AccountSummary; isOnClassView?: boolean }) {
  const t = useTranslations("class.account");
  const router = useRouter();
  const signOut = async () => {
    await signOutAction();
    router.replace("/sign-in");
  };
  return (
    <div className={styles.menu} data-testid="account-menu" aria-label={t("menu")}>
      <span data-testid="account-name">{account.name}</span>
      <span className={styles.role} data-testid="account-role" data-role={account.role}>{t(account.role)}</span>
      <span>{account.className}</span>
      {account.role === "instructor" ? <a className={styles.link} href={isOnClassView ? "/" : "/instructor"}>{isOnClassView ? t("designer") : t("instructorView")}</a> : null}
      <button type="button" className={styles.plain} onClick={() => void signOut()} data-testid="sign-out">{t("signOut")}</button>
    </div>
  );
}
