import { expect, test, type Page } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";

const IDS = ["lab-vpc", "public-a", "lab-nat", "web-a", "web-c", "app-a", "lab-alb"];

/**
 * Records, from now on, every moment the page calls one of the deployment's resources
 * drifted or "… outside the app". The app's own cleanup deletes resources; none of that
 * is drift, and a sample every poll would miss short windows, so a MutationObserver watches.
 */
async function watchForDrift(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __drift: string[] }).__drift = seen;
    const look = () => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-phase="drifted"]')) seen.push(`${el.closest("[data-testid]")?.getAttribute("data-testid") ?? "?"}: drifted`);
      const panel = document.querySelector<HTMLElement>('[data-testid="status-panel"]');
      const canvas = document.querySelector<HTMLElement>(".react-flow");
      for (const root of [panel, canvas]) if (root?.textContent?.includes("outside the app")) seen.push(`${root === panel ? "status panel" : "diagram"}: outside the app`);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

// Regression (issue 10): after a guided cleanup the Deploy tab painted every resource green
// "Ready" ("Deployed … everything in the plan exists"), and during the cleanup the app's own
// deletions showed as "deleted outside the app". Every view must say "deleted" / "cleaned up".
test("after a guided cleanup every view reads cleaned up, and the app's own deletions never read as drift", async ({ page }) => {
  await deploySeedLab(page);

  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("status-row-lab-nat")).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  await watchForDrift(page);
  // Step by step: the listener, then the load balancer. AWS no longer has the load balancer
  // while the wait for its network interfaces is still to come: that is the app's deletion.
  for (const step of ["delete:listener:lab-alb", "delete:load-balancer:lab-alb"]) {
    await panel.getByTestId("cleanup-step").click();
    await expect(panel.getByTestId(`cleanup-step-${step}`)).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  }
  await expect(panel.getByTestId("cleanup-step-wait:load-balancer-enis:lab-alb")).toHaveAttribute("data-state", "pending");
  await expect.soft(panel.getByTestId("status-row-lab-alb")).toHaveAttribute("data-phase", "deleted");
  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toContainText("Nothing billable left", { timeout: 90_000 });
  expect.soft(await page.evaluate(() => [...new Set((window as unknown as { __drift: string[] }).__drift)])).toEqual([]);
  for (const id of IDS) await expect.soft(page.getByTestId(`node-${id}`).getByTestId("status-pill")).toHaveAttribute("data-phase", "deleted", { timeout: 5_000 });

  // Back on the Deploy tab (still mounted), then after a reload: "cleaned up", never "Ready".
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await page.getByTestId("tab-deploy").click();
    const progress = page.getByTestId("deploy-progress");
    await expect.soft(progress).toHaveAttribute("data-status", "cleaned-up", { timeout: 5_000 });
    await expect.soft(page.getByTestId("deploy-status")).toContainText("Cleaned up", { timeout: 5_000 });
    await expect.soft(progress).not.toContainText("Everything in the plan exists");
    for (const id of IDS) await expect.soft(page.getByTestId(`node-${id}`).getByTestId("status-pill")).toHaveAttribute("data-phase", "deleted", { timeout: 5_000 });
  }
  await page.getByTestId("tab-status").click();
  await expect(panel.getByTestId("deployment-lifecycle")).toHaveAttribute("data-lifecycle", "cleaned-up");
});
