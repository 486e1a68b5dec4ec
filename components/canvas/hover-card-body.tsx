"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { entityFacts, type Fact } from "../../lib/design/facts";
import { useDocumentStore } from "./store";
import styles from "./hover-card.module.css";

/** Where the hover card goes, in window coordinates, and for which entity. */
export type Hovered = { id: string; left: number; top: number };

/** The hovered resource's card (see hover-card.tsx); nothing for an entity without facts. */
export function HoverCardBody({ at }: { at: Hovered }) {
  const design = useDocumentStore((s) => s.design);
  const info = entityFacts(design, at.id);
  return info ? <Card info={info} at={at} /> : null;
}

function Card({ info, at }: { info: NonNullable<ReturnType<typeof entityFacts>>; at: Hovered }) {
  const t = useTranslations("workspace");
  const tk = useTranslations("designer.kind");
  const [size, setSize] = useState({ w: 280, h: 160 });
  // Keep the card inside the window (flip left of the pointer near the right edge).
  const left = Math.max(8, at.left + size.w > window.innerWidth - 8 ? at.left - size.w - 30 : at.left);
  const top = Math.max(8, Math.min(at.top, window.innerHeight - size.h - 8));
  return (
    <div
      ref={(el) => {
        if (el && (el.offsetWidth !== size.w || el.offsetHeight !== size.h)) setSize({ w: el.offsetWidth, h: el.offsetHeight });
      }}
      className={styles.card}
      style={{ left, top }}
      role="tooltip"
      data-testid="hover-card"
      data-entity={at.id}
    >
      <div className={styles.kind}>{tk(info.kind)}</div>
      <div className={styles.name}>{info.name}</div>
      <dl className={styles.facts}>
        {info.facts.map((f) => (
          <FactRow key={f.key} fact={f} label={t(`facts.${f.key}`)} term={f.term ? t(`terms.${f.term}`) : undefined} />
        ))}
      </dl>
    </div>
  );
}

function FactRow({ fact, label, term }: { fact: Fact; label: string; term?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-fact={fact.key}>{term ?? fact.value ?? fact.count?.toLocaleString()}</dd>
    </>
  );
}
