"use client";
import { useTranslations } from "next-intl";
import { signUpAction } from "../../app/actions/account";
import { Field } from "./fields";
import { formText, useAccountForm } from "./use-account-form";
import styles from "./account.module.css";

/** Team mode: a new account with the class's invite code (the code decides the class and the role). */
export function SignUpForm() {
  const t = useTranslations("class");
  const { isBusy, error, issues, onSubmit } = useAccountForm((form) =>
    signUpAction({ name: formText(form, "name"), email: formText(form, "email"), password: formText(form, "password"), inviteCode: formText(form, "inviteCode") }),
  );
  return (
    <form className={styles.card} onSubmit={onSubmit} data-testid="sign-up-form">
      <h1>{t("signUp.title")}</h1>
      <Field name="name" autoComplete="name" label={t("field.name")} issue={issues.name} />
      <Field name="email" type="email" autoComplete="email" label={t("field.email")} issue={issues.email} />
      <Field name="password" type="password" autoComplete="new-password" label={t("field.password")} hint={t("signUp.password")} issue={issues.password} />
      <Field name="inviteCode" autoComplete="off" label={t("field.inviteCode")} hint={t("signUp.inviteHint")} issue={issues.inviteCode} />
      {error ? <p className={styles.error} role="alert" data-testid="sign-up-error">{t("signUp.failed", { message: error })}</p> : null}
      <button className={styles.primary} type="submit" disabled={isBusy} data-testid="sign-up-submit">{isBusy ? t("signUp.busy") : t("signUp.submit")}</button>
      <a className={styles.link} href="/sign-in">{t("signUp.haveAccount")}</a>
    </form>
  );
}
