"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./ui.module.css";

/** What to ask: the question, what will happen, and the two answers in the user's language. */
export type Question = { title: string; body: ReactNode; confirm: string; cancel: string; tone?: "danger" | "default" };

/**
 * A modal "ask first" for actions that cannot be undone (deleting cloud resources). Cancel has
 * the focus, so Enter or Escape never destroys anything by accident; only the named button does.
 */
export function AskFirstDialog({ question, onAnswer }: { question: Question | null; onAnswer(ok: boolean): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (question && dialog && !dialog.open) {
      dialog.showModal();
      cancel.current?.focus();
    }
    if (!question && dialog?.open) dialog.close();
  }, [question]);
  return (
    <dialog ref={ref} className={styles.dialog} role="alertdialog" aria-labelledby="ask-first-title" data-testid="ask-first" onClose={() => question && onAnswer(false)}>
      <h2 id="ask-first-title">{question?.title}</h2>
      <div className={styles.body}>{question?.body}</div>
      <div className={styles.actions}>
        <button ref={cancel} type="button" className="btn" data-testid="ask-first-cancel" onClick={() => onAnswer(false)}>
          {question?.cancel}
        </button>
        <button type="button" className={`btn btn-primary${question?.tone === "danger" ? " btn-danger" : ""}`} data-testid="ask-first-confirm" onClick={() => onAnswer(true)}>
          {question?.confirm}
        </button>
      </div>
    </dialog>
  );
}

/**
 * `const [ask, dialog] = useAskFirst()`: render `dialog` once, then `if (await ask(q)) act()`.
 * One question at a time; asking again while one is open answers the first with "no".
 */
export function useAskFirst(): [ask: (question: Question) => Promise<boolean>, dialog: ReactNode] {
  const [pending, setPending] = useState<{ question: Question; resolve(ok: boolean): void } | null>(null);
  const ask = useCallback(
    (question: Question) =>
      new Promise<boolean>((resolve) => {
        setPending((previous) => {
          previous?.resolve(false);
          return { question, resolve };
        });
      }),
    [],
  );
  const answer = useCallback((ok: boolean) => {
    setPending((current) => {
      current?.resolve(ok);
      return null;
    });
  }, []);
  return [ask, <AskFirstDialog key="ask-first" question={pending?.question ?? null} onAnswer={answer} />];
}
