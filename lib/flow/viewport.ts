import type { Box } from "./geometry";
import { REGION_NODE_ID, type Placement } from "./layout";

/**
 * The smallest font size the canvas stylesheet uses for any text on the diagram (app/globals.css,
 * "Canvas" section). Kept here because the readable zoom and the export scale are derived from it.
 */
export const MIN_CANVAS_TEXT_PX = 12;
/** The smallest text a student should have to read on screen, in CSS pixels. */
export const READABLE_TEXT_PX = 10;
/** Zoom at which the smallest diagram text renders at READABLE_TEXT_PX (10 / 12, rounded up so it never lands a hair below). */
export const READABLE_ZOOM = Math.ceil((READABLE_TEXT_PX / MIN_CANVAS_TEXT_PX) * 100) / 100;

export type Viewport = { x: number; y: number; zoom: number };
export type Pane = { width: number; height: number };

/** Bounding box of several boxes; `null` when there are none. `unionBox([{x:0,y:0,w:1,h:1},{x:2,y:2,w:1,h:1}])` is 3×3 at 0,0. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * What a readable view frames: everything inside the region frame, or the frame itself when it
 * is empty; `null` before anything is placed. For the seed lab that is its VPC with the gateway on its edge.
 */
export function contentBox(placements: ReadonlyMap<string, Placement>): Box | null {
  const inner = [...placements.values()].filter((p) => p.kind !== "region").map((p) => p.abs);
  return unionBox(inner) ?? placements.get(REGION_NODE_ID)?.abs ?? null;
}

/**
 * The viewport that frames `bounds` in the pane, but never below READABLE_ZOOM (nor above
 * `maxZoom`): a design tool's first view must be readable, and panning reaches the rest. When
 * the content is wider than the pane at that zoom it stays centred (what overflows is the
 * containers' padding first) or, when much wider, shows its left; when it is taller, its top is
 * shown: a diagram is read from its top left.
 * Example: a 1000×1000 box in a 754×716 pane gets zoom 0.83, centred, top at `margin`.
 */
export function readableViewport(bounds: Box, pane: Pane, margin = 16, maxZoom = 1): Viewport {
  const fit = Math.min((pane.width - margin * 2) / Math.max(bounds.w, 1), (pane.height - margin * 2) / Math.max(bounds.h, 1));
  const zoom = Math.min(maxZoom, Math.max(READABLE_ZOOM, fit));
  // A slight overflow is split between both sides; a wide diagram is read from its left.
  const overflow = bounds.w * zoom - (pane.width - margin * 2);
  const x = overflow <= pane.width * 0.1 ? (pane.width - bounds.w * zoom) / 2 - bounds.x * zoom : margin - bounds.x * zoom;
  const fitsTall = bounds.h * zoom <= pane.height - margin * 2;
  const y = fitsTall ? (pane.height - bounds.h * zoom) / 2 - bounds.y * zoom : margin - bounds.y * zoom;
  return { x, y, zoom };
}

/** True when `box` (canvas units) lies wholly inside the pane under `viewport`. */
export function isInView(box: Box, viewport: Viewport, pane: Pane): boolean {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  return left >= 0 && top >= 0 && left + box.w * viewport.zoom <= pane.width && top + box.h * viewport.zoom <= pane.height;
}

/**
 * Where the view should go so that a newly placed `box` is seen whole, or `null` when it already
 * is: the least pan that brings it in at the current zoom, or, when it is too big for that, the
 * readable framing of it. Used after a drop so the view follows what was just added.
 * Example: a box hanging 100 px past the right edge pans the view 100 px + margin to the left.
 */
export function followViewport(box: Box, viewport: Viewport, pane: Pane, margin = 24): Viewport | null {
  if (isInView(box, viewport, pane)) return null;
  const { zoom } = viewport;
  if (box.w * zoom > pane.width - margin * 2 || box.h * zoom > pane.height - margin * 2) return readableViewport(box, pane, margin);
  const shift = (start: number, size: number, room: number) => (start < margin ? margin - start : start + size > room - margin ? room - margin - start - size : 0);
  const dx = shift(box.x * zoom + viewport.x, box.w * zoom, pane.width);
  const dy = shift(box.y * zoom + viewport.y, box.h * zoom, pane.height);
  return { x: viewport.x + dx, y: viewport.y + dy, zoom };
}
