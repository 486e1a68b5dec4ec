"use client";
import { useTranslations } from "next-intl";
import { signInAction } from "../../app/actions/account";
import { Field } from "./fields";
import { formText, useAccountForm } from "./use-account-form";
import styles from "./account.module.css";

/** Team mode: email and password; on success the home page opens the designer or the class view. */
export function SignInForm() {
  const t = useTranslations("class");
  const { isBusy, error, issues, onSubmit } = useAccountForm((form) => signInAction({ email: formText(form, "email"), password: formText(form, "password") }));
  return (
    <form className={styles.card} onSubmit={onSubmit} data-testid="sign-in-form">
      <h1>{t("signIn.title")}</h1>
      <Field name="email" type="email" autoComplete="email" label={t("field.email")} issue={issues.email} />
      <Field name="password" type="password" autoComplete="current-password" label={t("field.password")} issue={issues.password} />
      {error ? <p className={styles.error} role="alert" data-testid="sign-in-error">{t("signIn.failed", { message: error })}</p> : null}
      <button className={styles.primary} type="submit" disabled={isBusy} data-testid="sign-in-submit">{isBusy ? t("signIn.busy") : t("signIn.submit")}</button>
      <a className={styles.link} href="/sign-up">{t("signIn.noAccount")}</a>
    </form>
  );
}
