import { expect, test, type Page } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";
import { fitView, openFresh, selectNode } from "./fixtures/designer";

// Issue 14, item 10: the small things a new user trips over.

async function openSeedLab(page: Page): Promise<void> {
  await openFresh(page);
  await page.getByTestId("tool-template").click();
  await page.getByTestId("template-seed-lab").click();
  await fitView(page);
}

test.describe("the designer's polish", () => {
  test("menus follow the arrow keys, Home, End and Escape", async ({ page }) => {
    await openFresh(page);
    const button = page.getByTestId("tool-template");
    await button.focus();
    await page.keyboard.press("Enter");
    const items = page.getByRole("menu").getByRole("menuitem");
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect(items.nth(count - 1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(items.nth(count - 1)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(button).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(items.nth(count - 1)).toBeFocused();
  });

  test("counts read in the singular for one, and a security group copies and pastes", async ({ page }) => {
    await openSeedLab(page);
    await expect(page.getByTestId("inspector")).toContainText(/1 VPC · \d+ subnets/);
    await expect(page.getByTestId("inspector")).not.toContainText("1 VPCs");

    await selectNode(page, "lab-sg");
    await page.keyboard.press("Control+c");
    await expect(page.getByTestId("toast").last()).toContainText("Copied 1 resource");
    await page.keyboard.press("Control+v");
    await expect(page.getByTestId("inspector")).toContainText("lab-sg-copy-1");
    await expect(page.locator('[data-testid^="node-"][data-kind="security-group"]')).toHaveCount(2);

    // A kind that cannot be copied says so rather than doing nothing.
    await selectNode(page, "lab-vpc");
    await page.keyboard.press("Control+c");
    await expect(page.getByTestId("toast").last()).toContainText("Only subnets, instances and security groups can be copied");
  });

  test("a typed /33 stays in the field after leaving it, with an error naming the field and /16–/28", async ({ page }) => {
    await openSeedLab(page);
    await selectNode(page, "lab-vpc");
    const cidr = page.getByTestId("inspector").getByTestId("field-cidr");
    await cidr.fill("192.168.0.0/33");
    await cidr.press("Tab");
    await expect(cidr).toHaveValue("192.168.0.0/33");
    await expect(page.getByTestId("field-error")).toHaveText("CIDR: /33 is not a prefix AWS allows here; use /16 (65,536 addresses) to /28 (16 addresses).");
  });

  test("an overlapping CIDR is reported once in the inspector", async ({ page }) => {
    await openSeedLab(page);
    await selectNode(page, "public-c");
    await page.getByTestId("inspector").getByTestId("field-cidr").fill("192.168.2.128/25");
    await expect(page.getByTestId("inspector").getByText(/InvalidSubnet\.Conflict/)).toHaveCount(1);
  });
});

test.describe("at 1366×768 in Korean", () => {
  test.use({ locale: "ko-KR", viewport: { width: 1366, height: 768 } });

  test("palette hints and the inspector's dropdowns show their text whole", async ({ page }) => {
    await openSeedLab(page);
    const cutHints = await page.locator(".palette-hint, .palette-name").evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(cutHints).toEqual([]);
    for (const id of ["web-a", "public-a", "lab-alb"]) {
      await selectNode(page, id);
      const cut = await page.getByTestId("inspector").locator("select").evaluateAll((selects) =>
        (selects as HTMLSelectElement[]).flatMap((select) => {
          const text = select.selectedOptions[0]?.textContent ?? "";
          const style = getComputedStyle(select);
          const context = document.createElement("canvas").getContext("2d")!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // Room for the text: the box less its padding and the arrow (about 20 px).
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return context.measureText(text).width > room ? [text] : [];
        }),
      );
      expect({ id, cut }).toEqual({ id, cut: [] });
    }
  });
});

test("the sandbox's cost reads free, ids keep their case, and no timer warning follows a verified cleanup", async ({ page }) => {
  await deploySeedLab(page);
  const title = page.getByTestId("deploy-progress").locator("h3").first();
  await expect.poll(() => title.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/dep-[0-9a-z]+-[0-9a-z]+/);

  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("cost-value")).toHaveText("free");
  await expect(panel.getByTestId("cost-rate")).toContainText(/On AWS the same resources would cost \$0\.\d+ per hour/);
  await expect(panel.getByTestId("lab-timer-note")).toContainText("keep billing");

  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toContainText("Nothing billable left", { timeout: 90_000 });
  // Units keep their case: "12 s", not "12 S" (headings are no longer upper-cased).
  expect(await panel.getByTestId("cleanup-elapsed").evaluate((el) => (el as HTMLElement).innerText)).toMatch(/^\d+ s$/);
  await expect(panel.getByTestId("lab-timer-note")).toHaveCount(0);
  await expect(panel.getByTestId("lab-timer")).toHaveCount(0);
  await expect(panel).not.toContainText("keep billing");
});
