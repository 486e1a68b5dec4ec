"use client";
import { useEffect, useState } from "react";
import type { Node, NodeMouseHandler } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { create } from "zustand";
import { entityFacts, type Fact } from "../../lib/design/facts";
import { useDocumentStore } from "./store";
import { useViewStore } from "./view-store";
import styles from "./hover-card.module.css";

/** How long the pointer rests on a node before its card appears (and how quickly a moved pointer hides it). */
export const HOVER_DELAY_MS = 450;

type Hovered = { id: string; left: number; top: number };
const useHover = create<{ shown: Hovered | null }>(() => ({ shown: null }));
let timer: ReturnType<typeof setTimeout> | undefined;

const hide = () => {
  clearTimeout(timer);
  if (useHover.getState().shown) useHover.setState({ shown: null });
};

/** React Flow's node-enter handler: shows the card beside the node after a short rest. */
export const onNodeHoverStart: NodeMouseHandler<Node> = (event, node) => {
  clearTimeout(timer);
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  // Containers are large: put their card by the pointer instead of beside the whole box.
  const isContainer = box.width > 360 || box.height > 240;
  const left = isContainer ? event.clientX + 16 : box.right + 10;
  const top = isContainer ? event.clientY + 12 : box.top;
  timer = setTimeout(() => useHover.setState({ shown: { id: node.id, left, top } }), HOVER_DELAY_MS);
};
/** React Flow's node-leave handler. */
export const onNodeHoverEnd: NodeMouseHandler<Node> = () => hide();

/**
 * A small card with the key facts of the hovered resource (CIDR, zone, public or private,
 * groups), as Cloudcraft and the AWS console show on hover. It never takes the pointer, and
 * hides on any press or drag so it never covers what the user is moving.
 */
export function HoverCard() {
  const shown = useHover((s) => s.shown);
  const design = useDocumentStore((s) => s.design);
  const isDragging = useViewStore((s) => s.dragging.size > 0);
  useEffect(() => {
    window.addEventListener("pointerdown", hide, true);
    window.addEventListener("wheel", hide, { passive: true });
    return () => {
      window.removeEventListener("pointerdown", hide, true);
      window.removeEventListener("wheel", hide);
    };
  }, []);
  const info = shown && !isDragging ? entityFacts(design, shown.id) : null;
  if (!shown || !info) return null;
  return <Card info={info} at={shown} />;
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
