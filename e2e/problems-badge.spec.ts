import { expect, test } from "@playwright/test";
import { seedLab } from "../lib/templates/seed-lab";
import { validateDesign } from "../lib/rules";
import { drop } from "./fixtures/build";
import { fitView, flowNode, pointIn } from "./fixtures/designer";

/** The seed lab with SSH open only to a documentation range and no way out of private-a: one info finding, no warnings. */
function infoOnlyLab() {
  const d = seedLab();
  for (const rule of d.securityGroups["lab-sg" as never].ingress) if (rule.peer.kind === "cidr" && rule.fromPort === 22) rule.peer = { kind: "cidr", cidr: "203.0.113.0/24" };
  d.routeTables["private-rt" as never].routes = [];
  return d;
}

// Regression (issue 14): the badge counted info items while the panel said "No errors · no
// warnings", and an instance with no security group passed as ready to deploy.
test("the Problems badge counts errors and warnings only, and an instance with no group is a warning", async ({ page }) => {
  const design = infoOnlyLab();
  const findings = validateDesign(design);
  expect(findings.map((f) => f.severity)).toEqual(["info"]);
  await page.goto("/");
  await page.evaluate((text) => (window.localStorage.clear(), window.localStorage.setItem("vpcd:design", text)), JSON.stringify(design));
  await page.goto("/");
  await expect(page.getByTestId("node-region")).toBeVisible();

  await expect(page.getByTestId("problems-count")).toHaveCount(0);
  await page.getByTestId("tab-problems").click();
  await expect(page.getByTestId("problems-summary")).toContainText("No errors or warnings");
  await expect(page.getByTestId("problem")).toHaveCount(1);

  await page.getByTestId("tab-inspector").click();
  await fitView(page);
  await drop(page, "instance", await pointIn(flowNode(page, "public-a"), 0.75, 0.8));
  await expect(page.getByTestId("problems-count")).toHaveText("1");
  await page.getByTestId("tab-problems").click();
  await expect(page.getByTestId("problems-summary")).toHaveAttribute("data-warnings", "1");
  const finding = page.locator('[data-testid=problem][data-rule="instance-no-security-group"]');
  await expect(finding).toHaveAttribute("data-severity", "warning");
  await expect(finding).toContainText("default group");
});
