import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { computeLayout } from "./layout";
import { designEdges } from "./edges";
import { roundedPath, routeEdges } from "./edge-routes";
import { HEADER, type Box, type Point } from "./geometry";

const placements = computeLayout(seedLab());
const byId = new Map(placements.map((p) => [p.id, p]));
const edges = designEdges(seedLab());
const routes = routeEdges(edges, byId);

/** Whether a horizontal or vertical segment passes through the inside of a box. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [x0, x1, y0, y1] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 > box.x + 1 && x0 < box.x + box.w - 1 && y1 > box.y + 1 && y0 < box.y + box.h - 1;
}
const segments = (points: Point[]) => points.slice(1).map((p, i) => [points[i]!, p] as const);

describe("routeEdges on the seed lab", () => {
  it("routes every line into a subnet or the internet gateway", () => {
    const routed = edges.filter((e) => e.data.kind !== "listener").map((e) => e.id);
    expect(routed.filter((id) => !routes.has(id))).toEqual([]);
  });
  it("never crosses a subnet header, and crosses no subnet other than the one it enters", () => {
    const subnets = placements.filter((p) => p.kind === "subnet");
    for (const [id, points] of routes) {
      const target = byId.get(id.split(":")[2]!)!;
      const home = target.kind === "subnet" ? target : byId.get(target.parentId!);
      for (const s of subnets) {
        const header = { ...s.abs, h: HEADER.subnet - 8 };
        for (const [a, b] of segments(points)) {
          expect(crosses(a, b, header), `${id} over the header of ${s.id}`).toBe(false);
          if (s !== home) expect(crosses(a, b, s.abs), `${id} across ${s.id}`).toBe(false);
        }
      }
    }
  });
  it("is needed: the straight drop from web-tg to web-a would cut across private-a", () => {
    const tg = byId.get("web-tg")!.abs;
    const web = byId.get("web-a")!.abs;
    const x = tg.x + tg.w / 2;
    expect(crosses({ x, y: tg.y + tg.h }, { x, y: web.y }, byId.get("private-a")!.abs) || crosses({ x: web.x + web.w / 2, y: tg.y + tg.h }, { x: web.x + web.w / 2, y: web.y }, byId.get("private-a")!.abs)).toBe(true);
  });
  it("starts at the source card and ends on the target", () => {
    const points = routes.get("target:web-tg:web-a")!;
    const tg = byId.get("web-tg")!.abs;
    const web = byId.get("web-a")!.abs;
    expect(points[0]).toEqual({ x: tg.x + tg.w / 2, y: tg.y + tg.h });
    expect(points.at(-1)).toEqual({ x: web.x + web.w / 2, y: web.y });
  });
  it("spreads lines that share a gutter", () => {
    const a = routes.get("association:public-rt:public-a")!;
    const b = routes.get("placement:lab-alb:public-a")!;
    expect(a[2]!.x).not.toBe(b[2]!.x);
  });
});

describe("roundedPath", () => {
  it("draws a straight run as one line and labels the longest horizontal run", () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }]).d).toBe("M0 0 L10 0");
    const { label } = roundedPath([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 100, y: 50 }, { x: 100, y: 60 }]);
    expect(label).toEqual({ x: 50, y: 50 });
  });
});
