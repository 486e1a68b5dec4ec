"use client";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { findEntities } from "../../lib/design/find";
import { useDocumentStore } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { useDeploymentStore } from "../deploy/deployment-store";
import { useFinderStore } from "./finder-store";
import styles from "./finder.module.css";

/**
 * The finder: type a name, id, CIDR or (once deployed) AWS id; arrow keys move, Enter selects
 * the resource and centres the diagram on it, Escape closes.
 */
export function Finder() {
  const isOpen = useFinderStore((s) => s.isOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (isOpen && dialog && !dialog.open) dialog.showModal();
    if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);
  const t = useTranslations("workspace.finder");
  return (
    <dialog ref={ref} className={styles.dialog} aria-label={t("title")} data-testid="finder" onClose={() => useFinderStore.getState().setOpen(false)}>
      {isOpen ? <FinderBody /> : null}
    </dialog>
  );
}

function FinderBody() {
  const t = useTranslations("workspace.finder");
  const tk = useTranslations("designer.kind");
  const design = useDocumentStore((s) => s.design);
  const statuses = useDeploymentStore((s) => s.statusByEntity);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const awsIds = useMemo(() => Object.fromEntries(Object.entries(statuses).map(([id, s]) => [id, s.awsId])), [statuses]);
  const found = useMemo(() => findEntities(design, query, awsIds), [design, query, awsIds]);
  const listRef = useRef<HTMLUListElement>(null);
  const current = Math.min(active, Math.max(0, found.length - 1));
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);
  const choose = (id: string | undefined) => {
    if (!id) return;
    useFinderStore.getState().setOpen(false);
    useViewStore.getState().revealEntity(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : 0;
    if (step) {
      e.preventDefault();
      setActive((current + step + found.length) % Math.max(1, found.length));
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(found[current]?.id);
    }
  };
  return (
    <>
      <input
        className={styles.input}
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="finder-results"
        aria-activedescendant={found[current] ? `finder-${found[current].id}` : undefined}
        aria-label={t("title")}
        placeholder={t("placeholder")}
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
        data-testid="finder-input"
      />
      {found.length === 0 ? (
        <p className={styles.empty} data-testid="finder-none">{t("none", { query })}</p>
      ) : (
        <ul ref={listRef} id="finder-results" role="listbox" className={styles.list} aria-label={t("title")}>
          {found.map((f, i) => (
            <li key={f.id} id={`finder-${f.id}`} role="option" aria-selected={i === current} data-index={i} data-entity={f.id} className={styles.item} data-testid="finder-result" onMouseMove={() => setActive(i)} onClick={() => choose(f.id)}>
              <span className={styles.name}>{f.name}</span>
              <span className={styles.kind}>{tk(f.kind)}</span>
              <span className={styles.detail}>{[f.id, f.cidr, f.matched === "aws-id" && f.awsId ? t("matchedAwsId", { id: f.awsId }) : null].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hint}>{t("hint")}</p>
    </>
  );
}
