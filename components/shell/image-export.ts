"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { exportFrame } from "../../lib/flow/export-frame";
import { REGION_NODE_ID } from "../../lib/flow/layout";
import { canvasBridge } from "../canvas/bridge";
import { currentDesign } from "../canvas/store";
import { download, fileStem } from "./commands";

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const STROKE = ["stroke", "stroke-width", "stroke-dasharray", "opacity"] as const;

/**
 * html-to-image copies computed styles onto HTML elements but not onto SVG paths, so relation
 * lines (styled by class) would come out without a stroke. Inline their stroke for the capture;
 * the returned function takes it off again.
 */
function inlineLineStyles(root: HTMLElement): () => void {
  const paths = [...root.querySelectorAll<SVGPathElement>(".react-flow__edge-path")];
  for (const path of paths) {
    const computed = getComputedStyle(path);
    for (const property of STROKE) path.style.setProperty(property, computed.getPropertyValue(property));
  }
  return () => paths.forEach((path) => STROKE.forEach((property) => path.style.removeProperty(property)));
}

/**
 * Exports the whole diagram (not just the visible part) as PNG or SVG, via html-to-image loaded
 * on demand. The image is the region frame plus a fixed margin at the scale where the smallest
 * text is 12 px (PNG at 2×), cloned from the live canvas so it looks like the screen, deployment
 * status and relation lines included. The canvas draws only what is in view, so the view briefly shows everything
 * while the clone is taken and is then put back.
 */
export async function exportImage(format: "png" | "svg", rf: ReactFlowInstance): Promise<void> {
  const { toPng, toSvg } = await import("html-to-image");
  const viewportEl = document.querySelector<HTMLElement>(".react-flow__viewport");
  const region = canvasBridge.placements.get(REGION_NODE_ID);
  if (!viewportEl || !region) return;
  const saved = rf.getViewport();
  await rf.fitView({ duration: 0, padding: 0, minZoom: 0.001 });
  await nextFrame();
  const restoreLines = inlineLineStyles(viewportEl);
  try {
    const { width, height, viewport, pixelRatio } = exportFrame(region.abs, format);
    const backgroundColor = getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim() || "#ffffff";
    const style = { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` };
    const options = { backgroundColor, width, height, pixelRatio, style };
    const url = format === "png" ? await toPng(viewportEl, options) : await toSvg(viewportEl, options);
    download(`${fileStem(currentDesign())}.${format}`, await (await fetch(url)).blob());
  } finally {
    restoreLines();
    await rf.setViewport(saved);
  }
}
