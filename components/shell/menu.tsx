"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** A toolbar button that opens a small menu; closes on choice, Escape or a click elsewhere. */
export function Menu({ label, title, testId, children }: { label: ReactNode; title: string; testId: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("pointerdown", away);
    document.addEventListener("keydown", esc);
    return () => {
      document.removeEventListener("pointerdown", away);
      document.removeEventListener("keydown", esc);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button type="button" className="tool" aria-haspopup="menu" aria-expanded={open} aria-label={title} title={title} data-testid={testId} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <div className="menu-list" role="menu">
          {children(() => setOpen(false))}
        </div>
      ) : null}
    </div>
  );
}

/** One entry of a Menu. */
export function MenuItem({ onSelect, testId, children, hint }: { onSelect(): void; testId?: string; children: ReactNode; hint?: string }) {
  return (
    <button type="button" role="menuitem" className="menu-item" data-testid={testId} onClick={onSelect}>
      <span>{children}</span>
      {hint ? <span className="menu-hint">{hint}</span> : null}
    </button>
  );
}
