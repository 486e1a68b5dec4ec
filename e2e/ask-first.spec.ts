import { expect, test } from "@playwright/test";
import { removeEntities } from "../lib/design/ops";
import { ENTITY_COLLECTIONS } from "../lib/design/constants";
import { seedLab } from "../lib/templates/seed-lab";
import { getTemplate } from "../lib/templates";
import { fitView, openFresh, selectNode } from "./fixtures/designer";
import { deploySeedLab } from "./fixtures/deploy";

const count = (d: ReturnType<typeof seedLab>) => ENTITY_COLLECTIONS.reduce((n, key) => n + Object.keys(d[key]).length, 0);

// Regression (issue 14): New, Open template and Import replaced the design at once, with one
// autosave slot and an undo history that a reload threw away.
test("opening a template keeps the old design in Recent designs, and Undo brings it back even after a reload", async ({ page }) => {
  await openFresh(page);
  await selectNode(page, "public-a");
  await page.getByTestId("field-name").fill("public-a-edited");
  await expect(page.getByTestId("node-public-a")).toContainText("public-a-edited");

  await page.getByTestId("tool-template").click();
  await page.getByTestId("template-three-tier-ha").click();
  const threeTier = getTemplate("three-tier-ha")!.name;
  await expect(page.getByTestId("design-name")).toHaveText(threeTier);
  const toast = page.getByTestId("toast-replaced");
  await expect(toast).toContainText("KTB seed lab");
  await expect(toast.getByTestId("toast-undo")).toBeVisible();

  // The history is saved with the design: after a reload, Undo still returns the edited lab.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId("design-name")).toHaveText(threeTier);
  await expect(page.getByTestId("tool-undo")).toBeEnabled();
  await page.getByTestId("tool-undo").click();
  await expect(page.getByTestId("design-name")).toHaveText("KTB seed lab");
  await expect(page.getByTestId("node-public-a")).toContainText("public-a-edited");
  await page.getByTestId("tool-redo").click();
  await expect(page.getByTestId("design-name")).toHaveText(threeTier);

  // Recent designs: the edited lab is there; opening it puts the three-tier design in its place.
  await page.getByTestId("tool-recent").click();
  await page.getByTestId("recent-item").filter({ hasText: "KTB seed lab" }).click();
  await expect(page.getByTestId("design-name")).toHaveText("KTB seed lab");
  await expect(page.getByTestId("node-public-a")).toContainText("public-a-edited");
  await page.getByTestId("tool-recent").click();
  await expect(page.getByTestId("recent-item")).toHaveText([new RegExp(threeTier)]);
});

// Regression (issue 14): Delete on a VPC removed every resource inside it without a word.
test("deleting a VPC says how much went with it, and Undo in the toast brings it all back", async ({ page }) => {
  await openFresh(page);
  const subnets = await page.locator(".react-flow__node-subnet").count();
  const lab = seedLab();
  const inside = count(lab) - count(removeEntities(lab, ["lab-vpc"])) - 1;
  await selectNode(page, "lab-vpc");
  await page.keyboard.press("Delete");
  const toast = page.getByTestId("toast-deleted");
  await expect(toast).toContainText(`Deleted VPC lab-vpc and ${inside} resources inside it.`);
  await expect(page.locator(".react-flow__node-subnet")).toHaveCount(0);
  await toast.getByTestId("toast-undo").click();
  await expect(page.locator(".react-flow__node-subnet")).toHaveCount(subnets);
  await expect(page.getByTestId("node-lab-vpc")).toBeVisible();
});

// Regression (issue 14): "Clean up everything" started deleting at the first click.
test("clean up everything asks first; Cancel deletes nothing", async ({ page }) => {
  await deploySeedLab(page);
  await fitView(page);
  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("status-row-lab-nat")).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  await panel.getByTestId("cleanup-start").click();
  const dialog = page.getByTestId("ask-first");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("remaining resources of this deployment");
  await expect(dialog.getByTestId("ask-first-cancel")).toBeFocused();
  await dialog.getByTestId("ask-first-cancel").click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(1500);
  await expect(panel.getByTestId("cleanup-progress")).toHaveAttribute("aria-valuenow", "0");
  await expect(panel.getByTestId("status-row-lab-nat")).toHaveAttribute("data-phase", "ready");

  await panel.getByTestId("cleanup-start").click();
  await dialog.getByTestId("ask-first-confirm").click();
  await expect(panel.getByTestId("report-verdict")).toContainText("Nothing billable left", { timeout: 90_000 });
});
