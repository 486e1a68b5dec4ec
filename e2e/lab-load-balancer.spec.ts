import { expect, test } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";

// The lab's last step, as a new user does it on the sandbox: deploy the seed lab, open the
// Status tab, press "Test the load balancer", and see both web servers' private IPs answer.
test("a new user deploys the seed lab and the load balancer answers from both web servers", async ({ page }) => {
  await deploySeedLab(page);
  // Deployed is not yet working: the Deploy tab says what it waits for, then that the lab works.
  await expect(page.getByTestId("deploy-readiness")).toHaveAttribute("data-working", "true", { timeout: 90_000 });

  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(page.getByTestId("node-lab-alb").getByTestId("status-pill")).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  // The sandbox's load balancer listens on this machine; its DNS name says where.
  await expect(panel.getByTestId("alb-dns")).toHaveText(/^127\.0\.0\.1:\d+$/);
  const webA = (await panel.getByTestId("status-row-web-a").textContent())?.match(/192\.168\.2\.\d+/)?.[0];
  const webC = (await panel.getByTestId("status-row-web-c").textContent())?.match(/192\.168\.3\.\d+/)?.[0];
  expect(webA).toBeTruthy();
  expect(webC).toBeTruthy();

  // The web servers boot their user data and pass health checks first; a learner presses again until they answer.
  const result = panel.getByTestId("alb-test-result");
  await expect(async () => {
    await panel.getByTestId("alb-test").click();
    await expect(panel.getByTestId("alb-test")).toBeEnabled({ timeout: 30_000 });
    await expect(result).toContainText(webA!, { timeout: 1_000 });
    await expect(result).toContainText(webC!, { timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000] });
  await expect(result).toContainText("20 of 20 requests answered");

  // What the user data did, on the instance's console.
  await panel.getByTestId("console-show-web-a").click();
  await expect(panel.getByTestId("console-output")).toContainText("Started Seed lab Flask app");

  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toContainText("Nothing billable left", { timeout: 90_000 });
});
