"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { menuIndexAfter } from "./menu-keys";

const items = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>('[role="menuitem"]')];

/**
 * A toolbar button that opens a small menu; closes on choice, Escape or a click elsewhere.
 * Keyboard as the WAI-ARIA menu button pattern says: Enter, Space or Down opens it on the
 * first item, Up on the last; Up, Down, Home and End move; Escape closes and returns focus
 * to the button; Tab closes it.
 */
export function Menu({ label, title, testId, children }: { label: ReactNode; title: string; testId: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const listId = useId();
  const close = (refocus = false) => {
    setOpen(false);
    if (refocus) document.getElementById(buttonId)?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);
  // A keyboard opening moves focus onto the first or last item once the list is on screen. Some
  // menus fill in a moment later (the templates load on open): until then the list itself holds
  // focus, so the arrow keys already work, and the item takes it as soon as it appears.
  const openWith = (where: "first" | "last") => {
    setOpen(true);
    requestAnimationFrame(() => {
      const list = document.getElementById(listId);
      if (!list) return;
      const focusItem = () => {
        const all = items(list);
        const item = where === "first" ? all[0] : all[all.length - 1];
        item?.focus();
        return Boolean(item);
      };
      if (focusItem()) return;
      list.focus();
      const observer = new MutationObserver(() => (document.activeElement === list && focusItem() ? observer.disconnect() : undefined));
      observer.observe(list, { childList: true, subtree: true });
      setTimeout(() => observer.disconnect(), 2_000);
    });
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp" || ((e.key === "Enter" || e.key === " ") && !open)) {
      e.preventDefault();
      openWith(e.key === "ArrowUp" ? "last" : "first");
    } else if (e.key === "Escape" && open) close(true);
  };
  const onListKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      return close(true);
    }
    if (e.key === "Tab") return close();
    const all = items(e.currentTarget as HTMLElement);
    const next = menuIndexAfter(e.key, all.indexOf(document.activeElement as HTMLElement), all.length);
    if (next === undefined) return;
    e.preventDefault();
    all[next]!.focus();
  };
  return (
    <div className="menu" ref={ref}>
      <button
        id={buttonId}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={title}
        title={title}
        data-testid={testId}
        onKeyDown={onButtonKey}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
      </button>
      {open ? (
        <div className="menu-list" role="menu" id={listId} tabIndex={-1} aria-label={title} onKeyDown={onListKey}>
          {children(() => close(true))}
        </div>
      ) : null}
    </div>
  );
}

/** One entry of a Menu. */
export function MenuItem({ onSelect, testId, children, hint }: { onSelect(): void; testId?: string; children: ReactNode; hint?: string }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="menu-item" data-testid={testId} onClick={onSelect}>
      <span>{children}</span>
      {hint ? <span className="menu-hint">{hint}</span> : null}
    </button>
  );
}
