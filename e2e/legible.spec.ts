import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { dragFromPalette, flowNode, openFresh } from "./fixtures/designer";

/** Smallest rendered size of any text on the diagram: computed font size × the viewport's scale. */
async function smallestDiagramText(page: Page): Promise<{ px: number; text: string; count: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport")!;
    const scale = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    let smallest = { px: Infinity, text: "", count: 0 };
    for (const el of viewport.querySelectorAll<HTMLElement>("*")) {
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join("");
      const box = el.getBoundingClientRect();
      const shown = box.width > 0 && box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom;
      if (!text || !shown || getComputedStyle(el).visibility === "hidden") continue;
      smallest.count++;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < smallest.px) smallest = { px, text, count: smallest.count };
    }
    return smallest;
  });
}

/** Bounding box of the pixels that differ from the corner (background) colour of an image. */
async function contentBox(page: Page, dataUrl: string) {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: img.naturalWidth, height: img.naturalHeight });
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const bg = [data[0], data[1], data[2]];
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i]! - bg[0]!) + Math.abs(data[i + 1]! - bg[1]!) + Math.abs(data[i + 2]! - bg[2]!) < 24) continue;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    return { width, height, x0, y0, x1, y1 };
  }, dataUrl);
}

/** The region frame's size in canvas units (its on-screen size divided by the zoom). */
async function regionSize(page: Page) {
  return page.evaluate(() => {
    const scale = new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a;
    const r = document.querySelector(".react-flow__node-region")!.getBoundingClientRect();
    return { w: r.width / scale, h: r.height / scale };
  });
}

test.describe("at 1366×768", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the seed lab opens readable: no diagram text renders below 10 px", async ({ page }, info) => {
    await openFresh(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: info.outputPath("seed-lab-1366x768.png") });
    const smallest = await smallestDiagramText(page);
    expect(smallest.count).toBeGreaterThan(40);
    expect(smallest.px, `smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(10);
    // The first view starts at the top of the diagram: the VPC's header is on screen.
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const title = (await flowNode(page, "lab-vpc").locator(".container-title").boundingBox())!;
    expect(title.y).toBeGreaterThan(pane.y);
    expect(title.x + title.width).toBeLessThan(pane.x + pane.width);
  });

  test("fit view keeps the seed lab readable over the whole canvas; the overview map gives the whole picture", async ({ page }) => {
    await openFresh(page);
    // The readable first view leaves the bottom of the lab out of view: the map shows, and folds away.
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    await page.getByTestId("minimap-toggle").click();
    await expect(page.locator(".react-flow__minimap")).toHaveCount(0);
    await page.getByTestId("minimap-toggle").click();
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    const pane = (await page.locator(".react-flow").boundingBox())!;
    // Both fit buttons (the toolbar's and the canvas controls') bring a zoomed-out view back to readable.
    for (const fit of [page.getByTestId("tool-fit"), page.locator(".react-flow__controls-fitview")]) {
      for (let i = 0; i < 3; i++) await page.locator(".react-flow__controls-zoomout").click();
      await page.waitForTimeout(250);
      expect((await smallestDiagramText(page)).px).toBeLessThan(10);
      await fit.click();
      await page.waitForTimeout(450);
      const smallest = await smallestDiagramText(page);
      expect(smallest.count).toBeGreaterThan(40);
      expect(smallest.px, `smallest text "${smallest.text}" after fit`).toBeGreaterThanOrEqual(10);
      // It uses the canvas (no room kept for the map) and starts at the VPC's header, centred.
      const region = (await page.getByTestId("node-region").boundingBox())!;
      expect(Math.max(region.width / pane.width, region.height / pane.height)).toBeGreaterThan(0.9);
      const vpc = (await flowNode(page, "lab-vpc").boundingBox())!;
      expect(vpc.y).toBeGreaterThan(pane.y);
      expect(Math.abs(vpc.x - pane.x - (pane.x + pane.width - vpc.x - vpc.width))).toBeLessThan(4);
      await expect(page.locator(".react-flow__minimap")).toBeVisible();
    }
  });
});

test("on a larger screen fit view shows the whole seed lab readable, and the overview map steps aside", async ({ page }) => {
  await openFresh(page);
  // Zoomed in, part of the lab is out of view and the map shows.
  for (let i = 0; i < 3; i++) await page.locator(".react-flow__controls-zoomin").click();
  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  await page.getByTestId("tool-fit").click();
  await page.waitForTimeout(450);
  const pane = (await page.locator(".react-flow").boundingBox())!;
  const vpc = (await flowNode(page, "lab-vpc").boundingBox())!;
  expect(vpc.y).toBeGreaterThan(pane.y);
  expect(vpc.y + vpc.height).toBeLessThan(pane.y + pane.height);
  expect((await smallestDiagramText(page)).px).toBeGreaterThanOrEqual(10);
  await expect(page.locator(".react-flow__minimap")).toHaveCount(0);
});

test("PNG and SVG exports frame the seed lab tightly at a readable scale", async ({ page }) => {
  await openFresh(page);
  const region = await regionSize(page);
  const zoomBefore = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a);
  const save = async (item: string) => {
    await page.getByTestId("tool-export").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(item).click()]);
    return readFileSync((await download.path())!);
  };

  const png = await save("export-png");
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  const [pngWidth, pngHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  // 1 canvas unit = 1 px at 1× (the smallest text is 12 px), PNG at 2×, a 24 px margin.
  expect(Math.abs(pngWidth - 2 * (region.w + 48))).toBeLessThanOrEqual(3);
  expect(Math.abs(pngHeight - 2 * (region.h + 48))).toBeLessThanOrEqual(3);
  const drawn = await contentBox(page, `data:image/png;base64,${png.toString("base64")}`);
  expect((drawn.x1 - drawn.x0) / drawn.width).toBeGreaterThan(0.9);
  expect((drawn.y1 - drawn.y0) / drawn.height).toBeGreaterThan(0.9);

  const svg = (await save("export-svg")).toString("utf8");
  const root = svg.match(/<svg[^>]*>/)![0];
  const attr = (name: string) => root.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
  expect(Math.abs(Number(attr("width")) - (region.w + 48))).toBeLessThanOrEqual(2);
  expect(Math.abs(Number(attr("height")) - (region.h + 48))).toBeLessThanOrEqual(2);
  expect(attr("viewBox")).toBe(`0 0 ${attr("width")} ${attr("height")}`);
  for (const name of ["lab-vpc", "public-a", "web-a", "lab-sg"]) expect(svg).toContain(name);
  // Relation lines come out drawn: every line path carries its stroke.
  const lines = svg.match(/<path[^>]*react-flow__edge-path[^>]*>/g) ?? [];
  expect(lines.length).toBeGreaterThan(5);
  for (const line of lines) expect(line).toMatch(/stroke: rgb/);
  const svgDrawn = await contentBox(page, `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
  expect((svgDrawn.x1 - svgDrawn.x0) / svgDrawn.width).toBeGreaterThan(0.9);
  // The view the user had is back after the export.
  await expect.poll(() => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a)).toBeCloseTo(zoomBefore, 3);
});

test("clicking a subnet's name selects the subnet, and a line shows what it is before Delete removes it", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("node-public-a").locator(".container-title").click();
  await expect(page.getByTestId("inspector")).toHaveAttribute("data-entity", "public-a");
  await expect(page.locator(".react-flow__edge.selected")).toHaveCount(0);

  // Every point of the subnet's header belongs to the subnet, not to a line over it.
  const owners = await page.getByTestId("node-public-a").locator(".subnet-head").evaluate((head) => {
    const r = head.getBoundingClientRect();
    const found = new Set<string>();
    for (let x = r.left + 2; x < r.right - 2; x += 3)
      for (let y = r.top + 2; y < r.bottom - 2; y += 3) {
        const hit = document.elementFromPoint(x, y);
        const edge = hit?.closest(".react-flow__edge");
        found.add(edge ? `line ${edge.getAttribute("data-id")}` : (hit?.closest<HTMLElement>(".react-flow__node")?.dataset.id ?? "none"));
      }
    return [...found];
  });
  expect(owners).toEqual(["public-a"]);

  // Select the target-group line by clicking on its stroke: the inspector names both ends.
  const point = await page.getByTestId("rf__edge-target:web-tg:web-a").locator("path.react-flow__edge-path").evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() * 0.5);
    const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
  const inspector = page.getByTestId("inspector");
  await expect(inspector).toHaveAttribute("data-relation", "target:web-tg:web-a");
  await expect(inspector.getByTestId("relation-kind")).toHaveText("Target registration");
  await expect(inspector.getByTestId("relation-effect")).toContainText("deregisters instance web-a from target group web-tg");
  await expect(page.getByTestId("node-web-tg")).toContainText("2 targets");
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("rf__edge-target:web-tg:web-a")).toHaveCount(0);
  await expect(page.getByTestId("node-web-tg")).toContainText("1 target");
  await expect(page.getByTestId("node-web-a")).toBeVisible();
});

test("the first VPC dropped near the edge of the view is brought into view with its AZ columns", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("tool-new").click();
  await expect(page.locator(".react-flow__node-vpc")).toHaveCount(0);
  const pane = (await page.locator(".react-flow").boundingBox())!;
  const region = (await page.getByTestId("node-region").boundingBox())!;
  // Drop near the bottom-right of what is visible of the region: a new VPC is 560 units wide.
  const right = Math.min(region.x + region.width, pane.x + pane.width) - 30;
  const lower = Math.min(region.y + region.height, pane.y + pane.height) - 30;
  await dragFromPalette(page, "vpc", { x: right, y: lower });
  await expect(page.locator(".react-flow__node-vpc")).toHaveCount(1);
  await expect(page.locator(".react-flow__node-az").first()).toBeAttached();
  const inPane = async (selector: string) => {
    const boxes = await page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    return boxes.every((b) => b.left >= pane.x && b.top >= pane.y && b.right <= pane.x + pane.width && b.bottom <= pane.y + pane.height);
  };
  await expect.poll(() => inPane(".react-flow__node-az")).toBe(true);
  await expect.poll(() => inPane(".react-flow__node-vpc")).toBe(true);
});
