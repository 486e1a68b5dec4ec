import { expect, test } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";

// A new user's whole journey: the lab's template, deploy to the sandbox, watch it come up,
// find the load balancer's address, clean up, and read that nothing billable is left.
test("a new user deploys the seed lab to the sandbox, sees it live and cleans up with nothing billable left", async ({ page }) => {
  await deploySeedLab(page);

  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  for (const id of ["lab-vpc", "public-a", "lab-nat", "web-a", "web-c", "app-a", "lab-alb"]) {
    await expect(page.getByTestId(`node-${id}`).getByTestId("status-pill")).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  }
  // Moto's made-up name, or the sandbox's own load balancer on this machine when it runs workloads.
  await expect(panel.getByTestId("alb-dns")).toHaveText(/^lab-alb-\S+\.ap-northeast-2\.elb\.amazonaws\.com$|^127\.0\.0\.1:\d+$/);
  await expect(panel.getByTestId("status-row-web-a")).toContainText("192.168.2.");
  await expect(panel.getByTestId("cost-meter")).toBeVisible();

  await panel.getByTestId("alb-test").click();
  await expect(panel.getByTestId("alb-test-result")).toContainText(/192\.168\.|sandbox/i, { timeout: 60_000 });

  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toContainText("Nothing billable left", { timeout: 90_000 });
  const progress = panel.getByTestId("cleanup-progress");
  await expect(progress).toHaveAttribute("aria-valuenow", await progress.getAttribute("aria-valuemax") ?? "-1");
  await expect(panel.locator('[data-testid^="cleanup-step-"][data-state="done"]')).toHaveCount(20);
  await expect(page.getByTestId("node-lab-nat").getByTestId("status-pill")).toHaveAttribute("data-phase", "deleted");
});
