"use client";
import { useTranslations } from "next-intl";
import { useViewStore, type Toast } from "../canvas/view-store";

/** Short messages (refused drops and connections, import errors, undoable replacements); they fade after a few seconds. */
export function Toasts() {
  const t = useTranslations("designer");
  const toasts = useViewStore((s) => s.toasts);
  const dismiss = useViewStore((s) => s.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid={toast.note?.testId ?? "toast"} data-tone={toast.tone}>
          {toast.note ? <NoteText toast={toast} onDone={() => dismiss(toast.id)} /> : <span>{toast.text}</span>}
          <button type="button" className="btn btn-icon" aria-label={t("toolbar.dismiss")} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** A catalogue-worded toast, with its Undo button when the change can be taken back. */
function NoteText({ toast, onDone }: { toast: Toast; onDone(): void }) {
  const t = useTranslations();
  const note = toast.note!;
  return (
    <>
      <span>{t(note.key, note.values)}</span>
      {note.undo ? (
        <button type="button" className="btn btn-small" data-testid="toast-undo" onClick={() => (note.undo!(), onDone())}>
          {t("workspace.undo")}
        </button>
      ) : null}
    </>
  );
}
