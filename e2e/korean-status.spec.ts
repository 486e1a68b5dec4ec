import { expect, test } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";

test.use({ locale: "ko-KR" });

/** English words the Status tab and the diagram used to show in Korean (issue 14, item 5). */
const ENGLISH = /Free addresses|Attached to|Inbound|Outbound|Private IP|Public IP|Status checks|Target health|healthy|routes?\b|inbound rules|DNS name|Elastic IP|security-group|load-balancer|target-group|route-table|internet-gateway|nat-gateway|subnet\b|instance\b|deleted outside|\(가\)|\(를\)|\(는\)/;

// Issue 14, item 5: in Korean the Status tab still showed AWS details, kind labels and diagram
// lines in English.
test("after a sandbox deploy, the Status tab and the diagram speak Korean", async ({ page }) => {
  await deploySeedLab(page);
  await expect(page.getByTestId("deploy-readiness")).toHaveAttribute("data-working", "true", { timeout: 90_000 });
  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("status-row-web-a")).toContainText("프라이빗 IP");
  await expect(panel.getByTestId("status-row-web-a")).toContainText("대상 상태");
  await expect(panel.getByTestId("status-row-public-a")).toContainText("남은 주소");
  await expect(panel.getByTestId("status-row-lab-sg")).toContainText("인바운드");
  await expect(panel.getByTestId("status-row-lab-sg")).toContainText("보안 그룹");

  // Values stay as AWS spells them: AWS ids, addresses and DNS names (in <code>) are left out.
  const rows = await panel.locator('[data-testid^="status-row-"]').evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("code").forEach((code) => code.remove());
      return copy.textContent ?? "";
    }),
  );
  expect(rows.length).toBeGreaterThan(10);
  for (const row of rows) expect(row, row).not.toMatch(ENGLISH);

  // The diagram's lines: target group health and route counts in Korean.
  const details = await page.getByTestId("status-detail").allTextContents();
  expect(details.some((d) => /대상 \d+개 중 \d+개 정상/.test(d))).toBe(true);
  expect(details.some((d) => /경로 \d+개/.test(d))).toBe(true);
  for (const d of details) expect(d, d).not.toMatch(ENGLISH);

  // The load balancer test speaks Korean too.
  await panel.getByTestId("alb-test").click();
  await expect(panel.getByTestId("alb-test-result")).toContainText("응답했습니다", { timeout: 30_000 });
  await expect(panel.getByTestId("alb-test-result")).not.toContainText(/requests|answered|Failures/);
});

// Korean glyphs must not depend on a Korean font being installed: the app ships Noto Sans KR.
test("Korean text is drawn with the shipped Noto Sans KR, loaded for the Hangul on the page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("node-region")).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const font = await page.evaluate(async () => {
    const hangul = "가나다라 서브넷 보안 그룹";
    await document.fonts.load(`16px "Noto Sans KR"`, hangul);
    // FontFace objects are the page's own @font-face rules: the system's fonts never appear here.
    const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Sans KR" && f.status === "loaded");
    const files = performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /noto-sans-kr.*\.woff2/.test(n));
    // Drawn, not tofu: Hangul from the font is one em a syllable; the same count of
    // characters no font has (U+FFFF, drawn as "missing glyph" boxes) measures otherwise.
    const canvas = document.createElement("canvas").getContext("2d")!;
    canvas.font = `16px "Noto Sans KR", monospace`;
    const withFont = canvas.measureText("가나다라").width;
    const tofu = canvas.measureText("\uFFFF".repeat(4)).width;
    return { loaded: faces.length, files: files.length, checks: document.fonts.check(`16px "Noto Sans KR"`, hangul), withFont, tofu, bodyFont: getComputedStyle(document.body).fontFamily };
  });
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.files).toBeGreaterThan(0);
  expect(font.checks).toBe(true);
  expect(font.bodyFont).toContain("Noto Sans KR");
  // Noto Sans KR draws a Hangul syllable about 0.92 em wide.
  expect(font.withFont / 4).toBeGreaterThan(12);
  expect(font.withFont).not.toBeCloseTo(font.tofu, 0);
});
