import { expect, test } from "@playwright/test";
import { findEntities } from "../lib/design/find";
import { seedLab } from "../lib/templates/seed-lab";
import { openFresh, selectNode } from "./fixtures/designer";

test("Ctrl+K finds a resource by CIDR; arrow keys and Enter select it and centre the diagram on it", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("tool-fit").click();
  await page.keyboard.press("Control+k");
  const input = page.getByTestId("finder-input");
  await expect(input).toBeFocused();
  const cidr = seedLab().subnets["private-a" as never].cidr;
  await input.fill(cidr.slice(0, cidr.lastIndexOf(".")));
  const results = page.getByTestId("finder-result");
  await expect(results.first()).toHaveAttribute("data-entity", "private-a");
  await input.fill("web");
  await expect(results).toHaveCount(findEntities(seedLab(), "web").length);
  await expect(results.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(1)).toHaveAttribute("aria-selected", "true");
  const chosen = await results.nth(1).getAttribute("data-entity");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("finder")).toBeHidden();
  await expect(page.getByTestId("inspector")).toHaveAttribute("data-entity", chosen!);
  // Centred: the node's middle is near the middle of the canvas once the animation settles.
  await page.waitForTimeout(600);
  const pane = (await page.locator(".react-flow").boundingBox())!;
  const node = (await page.locator(`.react-flow__node[data-id="${chosen}"]`).boundingBox())!;
  expect(Math.abs(node.x + node.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(pane.width * 0.1);
  expect(Math.abs(node.y + node.height / 2 - (pane.y + pane.height / 2))).toBeLessThan(pane.height * 0.1);

  await page.keyboard.press("Control+k");
  await page.getByTestId("finder-input").fill("no-such-resource");
  await expect(page.getByTestId("finder-none")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("finder")).toBeHidden();
});

test("resting the pointer on a subnet shows a card with its CIDR, zone and whether it is public", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("tool-fit").click();
  const subnet = seedLab().subnets["public-a" as never];
  await page.getByTestId("node-public-a").hover({ position: { x: 30, y: 10 } });
  const card = page.getByTestId("hover-card");
  await expect(card).toHaveAttribute("data-entity", "public-a");
  await expect(card.locator('[data-fact="cidr"]')).toHaveText(subnet.cidr);
  await expect(card.locator('[data-fact="zone"]')).toHaveText(subnet.availabilityZone);
  await expect(card.locator('[data-fact="access"]')).toContainText("public");
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });
  test("the help panel explains the selected resource in Korean and links to AWS's Korean documentation", async ({ page }) => {
    await openFresh(page);
    await selectNode(page, "lab-nat");
    await page.keyboard.press("F1");
    const help = page.getByTestId("help-panel");
    await expect(help).toHaveAttribute("data-kind", "nat-gateway");
    await expect(help.getByTestId("help-article")).toContainText("NAT 게이트웨이");
    await expect(help.getByTestId("help-cost")).toContainText("시간당");
    await expect(help.getByTestId("help-docs")).toHaveAttribute("href", "https://docs.aws.amazon.com/ko_kr/vpc/latest/userguide/vpc-nat-gateway.html");
    await help.getByTestId("help-kind-subnet").click();
    await expect(help).toHaveAttribute("data-kind", "subnet");
    await expect(help.getByTestId("help-article")).toContainText("주소 5개");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await page.getByTestId("tool-help").click();
    await expect(help).toBeVisible();
  });
});
