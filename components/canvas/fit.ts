"use client";
import { contentBox, readableViewport } from "../../lib/flow/viewport";
import { canvasBridge } from "./bridge";
import { paneOf, VIEW_MARGIN, type ViewControl } from "./view-follow";

/**
 * "Fit view": the whole diagram over the whole canvas, but never below the readable zoom (its
 * smallest text at least 10 px), framed as the first view is (`readableViewport`). A diagram too
 * big for that shows its top, centred; the overview map, laid over the canvas while part of the
 * diagram is out of view, gives the whole picture. Fitting at any zoom left the seed lab's text
 * at 8 px on a 1366×768 screen.
 */
export function fitReadable(rf: ViewControl, duration = 300): void {
  const pane = paneOf();
  const box = contentBox(canvasBridge.placements);
  if (pane && box) void rf.setViewport(readableViewport(box, pane, VIEW_MARGIN), { duration });
}
