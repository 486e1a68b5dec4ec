import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test, type Browser, type Page } from "@playwright/test";
import { seedLab } from "../../lib/templates/seed-lab";
import { bigDesign, resourceCount } from "../fixtures/big-design";

const distDir = process.env.VPCD_DIST_DIR || ".next";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const print = (label: string, value: string, target: string) => console.log(`${label.padEnd(44)} ${value.padStart(12)}   (target ${target})`);

async function openWith(page: Page, design: unknown): Promise<number> {
  await page.addInitScript((text) => window.localStorage.setItem("vpcd:design", text), JSON.stringify(design));
  await page.goto("/");
  await page.waitForSelector(".react-flow__node-instance");
  return page.evaluate(() => performance.now());
}

// Two VPCs give 516 resources (the first figures), eight give 2,064 (the ≥ 2,000 target).
for (const vpcs of [2, 8]) {
  test(`canvas figures with a generated ${vpcs}-VPC design`, async ({ page }) => {
    const design = bigDesign(vpcs);
    console.log(`\ncanvas benchmark: ${resourceCount(design)} resources, build ${distDir}\n`);
    await canvasFigures(page, design);
  });
}

test("designer bundle figures", async ({ browser }) => {
  await bundleFigures(browser);
});

async function canvasFigures(page: Page, design: unknown): Promise<void> {

  const firstRender = [];
  for (let run = 0; run < 3; run++) firstRender.push(await openWith(page, design));
  print("time to first render (median of 3)", `${median(firstRender).toFixed(0)} ms`, "< 1500 ms");

  const [dragGrip] = await zoomIntoSubnets(page);
  await page.mouse.click(dragGrip.x, dragGrip.y);
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; stop: boolean };
    w.frames = [];
    w.stop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.frames.push(now - last);
      last = now;
      if (!w.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(dragGrip.x, dragGrip.y);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) await page.mouse.move(dragGrip.x + (i % 30) * 2, dragGrip.y + Math.sin(i / 8) * 120);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; stop: boolean };
    w.stop = true;
    return w.frames.slice(2);
  });
  print("drag a subnet: median frame time", `${median(frames).toFixed(1)} ms`, "<= 20 ms");
  print("drag a subnet: frames sampled", String(frames.length), "-");

  await page.keyboard.press("Control+z");
  await page.waitForTimeout(300);
  const [, again] = await zoomIntoSubnets(page);
  await page.mouse.click(again.x, again.y);
  const typeId = again.id;
  await page.getByTestId("inspector").and(page.locator(`[data-entity="${typeId}"]`)).waitFor();
  const field = page.getByTestId("field-cidr");
  const keystroke = [];
  const [, v, z, n] = typeId.split("-").map(Number);
  const own = `10.${v}.${z! * 10 + n!}.0`;
  const others = [1, 2, 3, 4, 5, 6].map((k) => `10.${v}.${k}.0`).filter((c) => c !== own).slice(0, 5);
  for (const [typed, last] of others.map((c) => [`${c}/2`, "4"])) {
    await field.fill(`10.${v}.200.0/24`);
    await page.waitForTimeout(100);
    await field.fill(typed!);
    await page.evaluate(() => {
      const w = window as unknown as { t0: number; t1: Promise<number> };
      const count = () => document.querySelectorAll("[data-testid=inspector] [data-testid=field-finding]").length;
      const before = count();
      w.t1 = new Promise((resolve) => {
        const input = document.querySelector("[data-testid=field-cidr]")!;
        input.addEventListener("keydown", () => (w.t0 = performance.now()), { once: true });
        const observer = new MutationObserver(() => {
          if (count() > before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => resolve(Number.NaN), 5000);
      });
    });
    await field.press(last!);
    keystroke.push(await page.evaluate(async () => {
      const w = window as unknown as { t0: number; t1: Promise<number> };
      return (await w.t1) - w.t0;
    }));
  }
  print("CIDR keystroke → overlap finding (median)", `${median(keystroke).toFixed(1)} ms`, "< 50 ms");
}

async function bundleFigures(browser: Browser): Promise<void> {
  console.log(`\ndesigner bundle, build ${distDir}\n`);
  const firstVisit = await browser.newPage();
  const [gzip, sizes] = await firstLoadJs(firstVisit);
  print("designer route first-load JS (gzip), first visit", `${(gzip / 1024).toFixed(1)} KB`, "<= 250 KB");
  console.log(sizes.join("\n"));
  await firstVisit.evaluate((text) => window.localStorage.setItem("vpcd:design", text), JSON.stringify(seedLab()));
  await firstVisit.reload();
  const [returning] = await firstLoadJs(firstVisit, true);
  print("  … returning visit (autosave loader)", `${(returning / 1024).toFixed(1)} KB`, "-");
  await firstVisit.close();
  const sdk = clientChunksWithSdk(join(distDir, "static"));
  print("client chunks containing AWS SDK code", String(sdk.length), "0");
  for (const file of sdk) console.log(`  ${file}`);
}

/** Gzip size of every script the designer loaded until its canvas showed, and a per-file listing. */
async function firstLoadJs(page: Page, reloaded = false): Promise<[number, string[]]> {
  if (!reloaded) await page.goto("/");
  await page.waitForSelector(".react-flow__node-subnet");
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")));
  let gzip = 0;
  const sizes: string[] = [];
  for (const path of scripts) {
    const bytes = gzipSync(readFileSync(decodeURIComponent(join(distDir, path.replace(/^\/_next\//, ""))))).length;
    gzip += bytes;
    sizes.push(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${path}`);
  }
  return [gzip, sizes];
}

type Grip = { id: string; x: number; y: number };

/**
 * Zooms in at the canvas centre until subnets are drawn near real size; returns two subnets
 * with a point on each one's header that nothing covers (a relation line may cross a header).
 */
async function zoomIntoSubnets(page: Page): Promise<[Grip, Grip]> {
  const pane = (await page.locator(".react-flow").boundingBox())!;
  for (let i = 0; i < 16; i++) {
    const width = await page.locator(".react-flow__node-subnet").first().evaluate((el) => el.getBoundingClientRect().width);
    if (width > 140) break;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(150);
  }
  const grips = await page.evaluate((p) => {
    const found: { id: string; x: number; y: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(".react-flow__node-subnet")) {
      const r = el.getBoundingClientRect();
      const y = r.top + 10;
      if (y < p.y + 140 || y > p.y + p.height - 180) continue;
      for (let x = r.left + 8; x < r.right - 8 && x < p.x + p.width - 260; x += 6) {
        if (x < p.x + 20) continue;
        if (document.elementFromPoint(x, y)?.closest(".react-flow__node") === el) {
          found.push({ id: el.dataset.id!, x, y });
          break;
        }
      }
    }
    return found;
  }, pane);
  if (grips.length < 2) throw new Error(`fewer than two subnets in view: ${grips.map((g) => g.id).join(", ")}`);
  return [grips[0]!, grips[1]!];
}

/** Client chunk files that contain AWS SDK fingerprints (its user agent, request signer, smithy). */
function clientChunksWithSdk(dir: string): string[] {
  const markers = ["aws-sdk-js", "@aws-sdk/", "@smithy/", "X-Amz-Content-Sha256", "AWS4-HMAC-SHA256"];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".js") && markers.some((m) => readFileSync(path, "utf8").includes(m))) files.push(path);
    }
  };
  walk(dir);
  return files;
}
