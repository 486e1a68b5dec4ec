"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signInAction } from "../../app/actions/account";
import { Field, issuesByField, type FieldIssues } from "./fields";
import styles from "./account.module.css";

/** Team mode: email and password; on success the page reloads into the designer or the class view. */
export function SignInForm() {
  const t = useTranslations("class");
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [issues, setIssues] = useState<FieldIssues>({});
  const submit = async (form: FormData) => {
    setBusy(true);
    const result = await signInAction({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
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
