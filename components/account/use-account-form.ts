"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "../../lib/actions/result";
import { issuesByField, type FieldIssues } from "./fields";

/**
 * The sign-in and sign-up forms' one behaviour: send the form to its action; on success go to
 * the home page (which lands a student in the designer, an instructor in the class view); on a
 * refusal show each field's issue, or the action's message, and keep what was typed (hence
 * `onSubmit`, not `action={…}`: React resets a form after its action).
 */
export function useAccountForm(send: (form: FormData) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [issues, setIssues] = useState<FieldIssues>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    void send(new FormData(event.currentTarget)).then((result) => {
      if (result.ok) return router.replace("/");
      setBusy(false);
      setIssues(issuesByField(result.error.issues));
      setError(result.error.issues ? undefined : result.error.message);
    });
  };
  return { isBusy, error, issues, onSubmit };
}

/** A form field's text ("" when absent). */
export const formText = (form: FormData, name: string) => String(form.get(name) ?? "");
