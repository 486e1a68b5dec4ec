"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useViewStore } from "../canvas/view-store";

/** A modal message (a failed import listing each field it names); the design behind it is untouched. */
export function NoticeDialog() {
  const t = useTranslations("designer.toolbar");
  const notice = useViewStore((s) => s.notice);
  const close = () => useViewStore.getState().setNotice(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (notice && dialog && !dialog.open) dialog.showModal();
    if (!notice && dialog?.open) dialog.close();
  }, [notice]);
  return (
    <dialog ref={ref} className="notice" role="alertdialog" aria-labelledby="notice-title" data-testid="notice" onClose={close}>
      <h2 id="notice-title">{notice?.title}</h2>
      <p>{t("importUntouched")}</p>
      <pre className="notice-detail" data-testid="notice-detail">{notice?.detail}</pre>
      <button type="button" className="btn btn-primary" onClick={close} data-testid="notice-close">
        {t("close")}
      </button>
    </dialog>
  );
}
