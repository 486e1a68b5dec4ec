import { describe, expect, it } from "vitest";
import { computeLayout } from "./layout";
import { seedLab } from "../templates/seed-lab";
import { contentBox, followViewport, isInView, READABLE_ZOOM, readableViewport, unionBox } from "./viewport";
import { emptyDesign } from "../design/empty";
import { exportFrame, EXPORT_MARGIN_PX } from "./export-frame";

const pane = { width: 754, height: 716 }; // the canvas at 1366×768 between palette and sidebar

describe("readableViewport", () => {
  it("fits a small diagram whole and centred, never past the zoom cap", () => {
    const v = readableViewport({ x: 0, y: 0, w: 200, h: 100 }, pane);
    expect(v.zoom).toBe(1);
    expect(v.x).toBeCloseTo((754 - 200) / 2);
    expect(v.y).toBeCloseTo((716 - 100) / 2);
  });
  it("keeps the seed lab at a readable zoom at 1366×768 and shows its top", () => {
    const placements = computeLayout(seedLab());
    const content = unionBox(placements.filter((p) => p.kind !== "region").map((p) => p.abs))!;
    const v = readableViewport(content, pane);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(content.y * v.zoom + v.y).toBeCloseTo(16);
    // centred horizontally: what does not fit is split between the two sides
    expect(content.x * v.zoom + v.x).toBeCloseTo(pane.width - (content.x + content.w) * v.zoom - v.x);
  });
  it("shows the left of a diagram much wider than the pane", () => {
    const v = readableViewport({ x: 100, y: 0, w: 5000, h: 400 }, pane, 16);
    expect(100 * v.zoom + v.x).toBeCloseTo(16);
  });
  it("fits a diagram that is readable at its fitting zoom", () => {
    const v = readableViewport({ x: 100, y: 50, w: 800, h: 600 }, pane, 16);
    expect(v.zoom).toBeCloseTo(Math.min(722 / 800, 684 / 600));
    expect(isInView({ x: 100, y: 50, w: 800, h: 600 }, v, pane)).toBe(true);
  });
});

describe("contentBox", () => {
  it("frames what the region holds, not the region's own padding", () => {
    const placements = computeLayout(seedLab());
    const box = contentBox(new Map(placements.map((p) => [p.id, p])))!;
    const region = placements.find((p) => p.kind === "region")!.abs;
    const vpc = placements.find((p) => p.id === "lab-vpc")!.abs;
    expect(box.w).toBeLessThan(region.w);
    expect(box.x).toBe(vpc.x);
    expect(box.x + box.w).toBe(vpc.x + vpc.w);
  });
  it("frames the empty region when nothing is in it", () => {
    const placements = computeLayout(emptyDesign("ap-northeast-2", "empty"));
    expect(contentBox(new Map(placements.map((p) => [p.id, p])))).toEqual(placements[0]!.abs);
  });
});

describe("followViewport", () => {
  const view = { x: 0, y: 0, zoom: 0.5 };
  it("leaves the view alone when the new box is already in it", () => {
    expect(followViewport({ x: 100, y: 100, w: 200, h: 200 }, view, pane)).toBeNull();
  });
  it("pans just enough to bring a box hanging off the right edge in", () => {
    const next = followViewport({ x: 1300, y: 100, w: 400, h: 200 }, view, pane)!;
    expect(next.zoom).toBe(0.5);
    expect(isInView({ x: 1300, y: 100, w: 400, h: 200 }, next, pane)).toBe(true);
    expect((1300 + 400) * 0.5 + next.x).toBeCloseTo(754 - 24);
  });
  it("reframes at a readable zoom when the box is too big to pan into view", () => {
    const next = followViewport({ x: 0, y: 0, w: 3000, h: 400 }, view, pane)!;
    expect(next.zoom).toBe(READABLE_ZOOM);
  });
});

describe("exportFrame", () => {
  it("frames the diagram tightly with a fixed margin at 1× text, PNG at 2×", () => {
    const f = exportFrame({ x: 0, y: 0, w: 1004, h: 1016 }, "png");
    expect(f).toMatchObject({ width: 1004 + 2 * EXPORT_MARGIN_PX, height: 1016 + 2 * EXPORT_MARGIN_PX, pixelRatio: 2 });
    expect(f.viewport).toEqual({ x: EXPORT_MARGIN_PX, y: EXPORT_MARGIN_PX, zoom: 1 });
    expect(exportFrame({ x: 0, y: 0, w: 1004, h: 1016 }, "svg").pixelRatio).toBe(1);
  });
  it("lowers only the PNG pixel ratio for a diagram past the canvas limit", () => {
    const f = exportFrame({ x: 0, y: 0, w: 12_000, h: 3000 }, "png");
    expect(f.viewport.zoom).toBe(1);
    expect(f.width * f.pixelRatio).toBeLessThanOrEqual(16_000);
  });
});
