"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signUpAction } from "../../app/actions/account";
import { Field, issuesByField, type FieldIssues } from "./fields";
import styles from "./account.module.css";

/** Team mode: a new account with the class's invite code (the code decides the class and the role). */
export function SignUpForm() {
  const t = useTranslations("class");
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [issues, setIssues] = useState<FieldIssues>({});
  const submit = async (form: FormData) => {
    setBusy(true);
    const value = (k: string) => String(form.get(k) ?? "");
    const result = await signUpAction({ name: value("name"), email: value("email"), password: value("password"), inviteCode: value("inviteCode") });
    if (result.ok) return router.replace("/");
    setBusy(false);
    setIssues(issuesByField(result.error.issues));
    setError(result.error.issues ? undefined : result.error.message);
  };
  // Not `action={…}`: React resets a form after its action, and a refused sign-up must keep
  // what the person typed so they fix one field, not all four.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };
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
