/**
 * Canvas geometry in flow units. Containers (region, VPC, AZ column, subnet) grow to fit what
 * they hold; leaves have fixed sizes so a design renders the same before and after measuring.
 */
export const GRID = 8;

export const SIZE = {
  instance: { w: 188, h: 64 },
  natGateway: { w: 188, h: 64 },
  internetGateway: { w: 176, h: 52 },
  routeTable: { w: 224, h: 92 },
  securityGroup: { w: 196, h: 76 },
  targetGroup: { w: 196, h: 76 },
  loadBalancer: { w: 236, h: 76 },
  subnet: { w: 384, h: 160 },
} as const;

export const PAD = { region: 48, vpc: 28, az: 16, subnet: 14 } as const;
export const HEADER = { region: 48, vpc: 64, az: 40, subnet: 64 } as const;
export const GAP = 20;
/** Height of the band above the AZ columns where load balancers and target groups sit. */
export const TOP_BAND = 116;
/** Height of the band below the AZ columns where route tables and security groups sit. */
export const BOTTOM_BAND = 132;
export const MIN_REGION = { w: 720, h: 420 } as const;

export type Box = { x: number; y: number; w: number; h: number };
export type Point = { x: number; y: number };

/** Rounds to the snap grid. `snap(13) === 16` with an 8-unit grid. */
export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

/** Auto position of the n-th leaf in a container grid with `columns` columns. */
export function gridSlot(n: number, columns: number, origin: Point, cell: { w: number; h: number }): Point {
  return { x: origin.x + (n % columns) * (cell.w + GAP / 2), y: origin.y + Math.floor(n / columns) * (cell.h + GAP / 2) };
}

/** Smallest box that holds every child box plus padding, never below `min`. */
export function fitAround(children: readonly Box[], pad: number, min: { w: number; h: number }): { w: number; h: number } {
  let w = min.w;
  let h = min.h;
  for (const c of children) {
    w = Math.max(w, c.x + c.w + pad);
    h = Math.max(h, c.y + c.h + pad);
  }
  return { w, h };
}

/** True when the point lies inside the box (edges included). */
export function inside(box: Box, p: Point): boolean {
  return p.x >= box.x && p.y >= box.y && p.x <= box.x + box.w && p.y <= box.y + box.h;
}
