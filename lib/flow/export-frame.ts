import type { Box } from "./geometry";
import { MIN_CANVAS_TEXT_PX, type Viewport } from "./viewport";

/** Margin around the diagram in an exported image, in image pixels at 1×. */
export const EXPORT_MARGIN_PX = 24;
/** The smallest text an exported image carries at 1× (SVG, and PNG before its pixel ratio). */
export const EXPORT_TEXT_PX = 12;
/**
 * Largest side of a PNG, in device pixels. Chromium refuses canvases past 16,384 px a side and
 * very large areas, so a huge design trades pixel ratio (never text size at 1×) to stay under it.
 */
const MAX_PNG_SIDE = 16_000;

export type ExportFrame = { width: number; height: number; viewport: Viewport; pixelRatio: number };

/**
 * How to frame `bounds` (canvas units) in an exported image: the diagram's box plus a fixed
 * margin, at the scale where its smallest text is EXPORT_TEXT_PX, and for PNG a pixel ratio of 2
 * (lowered only when the image would pass the browser's canvas limit).
 * Example: a 1004×1016 region gives a 1052×1064 image with the viewport at (24 - x, 24 - y), zoom 1.
 */
export function exportFrame(bounds: Box, format: "png" | "svg"): ExportFrame {
  const zoom = EXPORT_TEXT_PX / MIN_CANVAS_TEXT_PX;
  const width = Math.ceil(bounds.w * zoom + EXPORT_MARGIN_PX * 2);
  const height = Math.ceil(bounds.h * zoom + EXPORT_MARGIN_PX * 2);
  const viewport = { x: EXPORT_MARGIN_PX - bounds.x * zoom, y: EXPORT_MARGIN_PX - bounds.y * zoom, zoom };
  const pixelRatio = format === "svg" ? 1 : Math.max(0.5, Math.min(2, MAX_PNG_SIDE / Math.max(width, height)));
  return { width, height, viewport, pixelRatio };
}
