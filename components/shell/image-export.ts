"use client";
import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { currentDesign } from "../canvas/store";
import { download, fileStem } from "./commands";

const MAX_SIDE = 4096;

/** Exports the whole diagram (not just the visible part) as PNG or SVG, via html-to-image loaded on demand. */
export async function exportImage(format: "png" | "svg", nodes: Node[]): Promise<void> {
  const { toPng, toSvg } = await import("html-to-image");
  const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport) return;
  const bounds = getNodesBounds(nodes.filter((n) => !n.parentId));
  const scale = Math.min(2, MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
  const width = Math.ceil(bounds.width * scale) + 64;
  const height = Math.ceil(bounds.height * scale) + 64;
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.1, 4, 32);
  const background = getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim() || "#ffffff";
  const options = { backgroundColor: background, width, height, style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` } };
  const url = format === "png" ? await toPng(viewport, options) : await toSvg(viewport, options);
  const blob = await (await fetch(url)).blob();
  download(`${fileStem(currentDesign())}.${format}`, blob);
}
