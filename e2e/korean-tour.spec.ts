import { expect, test } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";
import { selectNode } from "./fixtures/designer";
import { englishSeen, watchForEnglish } from "./fixtures/english";

test.use({ locale: "ko-KR" });

/** The seed lab's names, and what its author wrote in Latin (a security group's description must be ASCII on AWS). */
const NAMES = ["lab-vpc", "private-a", "public-a", "public-c", "public-nat", "lab-igw", "nat-eip", "lab-nat", "public-rt", "private-rt", "lab-sg", "web-a", "web-c", "app-a", "web-tg", "lab-alb"];
const PHRASES = ["KTB seed lab", "SSH and HTTP for the lab", "Application Load Balancer"];

// Issue 14, item 5 ("Korean everywhere"): a Korean student's whole tour of the seed lab — the
// problems, the inspector of each kind, export, help, the finder, deploy, every part of the
// Status tab (the load balancer test, the sweep, the timer), the cleanup and its report — shows
// no English sentence anywhere on the page. AWS's product names, ids in <code> and what the
// author typed are not sentences to translate.
test("a Korean student's tour of the seed lab, from design to cleanup, shows no English sentence", async ({ page }) => {
  test.setTimeout(300_000);
  await deploySeedLab(page, () => watchForEnglish(page, NAMES, PHRASES));
  await page.getByTestId("tab-problems").click();
  await expect(page.getByTestId("problems-panel")).toBeVisible();
  await page.getByTestId("tab-inspector").click();
  for (const id of ["lab-sg", "web-a", "lab-alb", "public-a", "lab-nat", "web-tg", "public-rt", "lab-igw", "lab-vpc"]) await selectNode(page, id);

  await page.getByTestId("tool-export").click();
  await expect(page.getByTestId("export-terraform")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByTestId("tool-help").click();
  const help = page.getByTestId("help-panel");
  await expect(help).toBeVisible();
  for (const kind of ["subnet", "nat-gateway", "load-balancer", "security-group"]) await help.getByTestId(`help-kind-${kind}`).click();
  await help.getByTestId("help-close").click();
  await page.keyboard.press("Control+k");
  await page.getByTestId("finder-input").fill("web");
  await expect(page.getByTestId("finder-result").first()).toBeVisible();
  await page.getByTestId("finder-input").fill("없는이름");
  await expect(page.getByTestId("finder-none")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("lab-timer")).toBeVisible();
  await expect(panel.getByTestId("alb-test")).toBeEnabled({ timeout: 60_000 });
  await panel.getByTestId("alb-test").click();
  await expect(panel.getByTestId("alb-test-result")).toBeVisible({ timeout: 60_000 });
  await panel.getByTestId("sweep-scan").click();
  await expect(panel.getByTestId("sweep-view")).toContainText("dep-", { timeout: 30_000 });
  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toBeVisible({ timeout: 90_000 });
  await page.getByTestId("tab-deploy").click();
  await expect(page.getByTestId("deploy-cleaned-up")).toBeVisible();

  await page.waitForTimeout(300);
  expect(await englishSeen(page)).toEqual([]);
});
