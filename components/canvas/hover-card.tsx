"use client";
import { useEffect } from "react";
import dynamic from "next/dynamic";
import type { Node, NodeMouseHandler } from "@xyflow/react";
import { create } from "zustand";
import { useViewStore } from "./view-store";
import type { Hovered } from "./hover-card-body";

// The card and the facts it reads load with the first hover.
const HoverCardBody = dynamic(() => import("./hover-card-body").then((m) => m.HoverCardBody));

/** How long the pointer rests on a node before its card appears (and how quickly a moved pointer hides it). */
export const HOVER_DELAY_MS = 450;

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
  const isDragging = useViewStore((s) => s.dragging.size > 0);
  useEffect(() => {
    window.addEventListener("pointerdown", hide, true);
    window.addEventListener("wheel", hide, { passive: true });
    return () => {
      window.removeEventListener("pointerdown", hide, true);
      window.removeEventListener("wheel", hide);
    };
  }, []);
  if (!shown || isDragging) return null;
  return <HoverCardBody at={shown} />;
}
