"use client";
import { useTranslations } from "next-intl";
import { useViewStore } from "../canvas/view-store";

/** Short messages (refused drops and connections, import errors); they fade after a few seconds. */
export function Toasts() {
  const t = useTranslations("designer");
  const toasts = useViewStore((s) => s.toasts);
  const dismiss = useViewStore((s) => s.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast" data-tone={toast.tone}>
          <span>{toast.text}</span>
          <button type="button" className="btn btn-icon" aria-label={t("toolbar.dismiss")} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
