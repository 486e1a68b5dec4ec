import { expect, test } from "@playwright/test";
import { fitView, openFresh, selectNode } from "./fixtures/designer";

test.describe("deploying the seed lab to the sandbox", () => {
  test.beforeEach(async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-seed-lab").click();
    await fitView(page);
    await page.getByTestId("tab-deploy").click();
  });

  test("shows the plan grouped by resource with its cost, the sandbox as the default target", async ({ page }) => {
    await expect(page.getByTestId("plan-group")).toHaveCount(16);
    await expect(page.getByTestId("plan-step")).toHaveCount(31);
    await expect(page.getByTestId("deploy-cost")).toHaveAttribute("data-per-hour", "0.1565");
    await expect(page.getByTestId("deploy-target-sandbox")).toBeChecked();
  });

  test("refuses to deploy while the design has an error", async ({ page }) => {
    await page.getByTestId("tab-inspector").click();
    await selectNode(page, "public-a");
    await page.getByTestId("field-cidr").fill("192.168.1.0/24");
    await page.getByTestId("tab-deploy").click();
    await expect(page.getByTestId("deploy-blocked")).toBeVisible();
    await expect(page.getByTestId("deploy-button")).toBeDisabled();
  });

  test("remembers the target choice across a reload", async ({ page }) => {
    await page.getByTestId("deploy-target-aws").check();
    await page.reload();
    await page.getByTestId("tab-deploy").click();
    await expect(page.getByTestId("deploy-target-aws")).toBeChecked();
    await page.getByTestId("deploy-target-sandbox").check();
  });

  test("confirms with the preflight checklist, deploys live and marks the canvas nodes ready", async ({ page }) => {
    await page.getByTestId("deploy-button").click();
    const dialog = page.getByTestId("deploy-confirm");
    await expect(dialog.getByTestId("deploy-confirm-target")).toContainText("ap-northeast-2");
    await expect(dialog.getByTestId("preflight-check")).toHaveCount(11);
    // The sandbox publishes no Ubuntu image parameter: that line says "not checked", never OK.
    await expect(dialog.locator('[data-testid=preflight-check][data-check="image-ssm"][data-status="unchecked"]')).toHaveCount(1);
    await expect(dialog.locator('[data-testid=preflight-check][data-status="fail"]')).toHaveCount(0);
    await dialog.getByTestId("deploy-confirm-start").click();

    const progress = page.getByTestId("deploy-progress");
    await expect(progress).toHaveAttribute("data-status", "running");
    await expect(page.getByTestId("node-lab-vpc").getByTestId("status-pill")).toBeVisible();
    await expect(progress).toHaveAttribute("data-status", "complete", { timeout: 60_000 });
    await expect(page.getByTestId("deploy-progress-bar")).toHaveAttribute("aria-valuenow", "100");
    await expect(page.locator('[data-testid=deploy-step][data-state="ok"]')).toHaveCount(31);
    await expect(page.getByTestId("deploy-log")).toContainText("vpc-");
    await expect(page.getByTestId("node-web-a").getByTestId("status-pill")).toHaveAttribute("data-phase", "ready");
    await expect(page.getByTestId("node-lab-nat").getByTestId("status-pill")).toHaveAttribute("data-phase", "ready");

    await page.reload();
    await page.getByTestId("tab-deploy").click();
    await expect(page.getByTestId("deploy-progress")).toHaveAttribute("data-status", "complete");
  });
});
