import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { exportAsOneFile } from "../lib/export";
import { seedLab } from "../lib/templates/seed-lab";
import { flowNode, openFresh } from "./fixtures/designer";

async function downloadFrom(page: Page, testId: string): Promise<{ name: string; text: string }> {
  await page.getByTestId("tool-export").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
}

test.describe("taking a design to code and bringing a VPC in", () => {
  test("the Export menu downloads Terraform, CloudFormation and both AWS CLI scripts of the design", async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-seed-lab").click();
    await expect(page.getByTestId("design-name")).toHaveText("KTB seed lab");
    const expected = { "export-terraform": ["ktb-seed-lab.main.tf", "terraform"], "export-cloudformation": ["ktb-seed-lab.cloudformation.yaml", "cloudformation"], "export-cli": ["ktb-seed-lab.build.sh", "cli"], "export-cli-destroy": ["ktb-seed-lab.destroy.sh", "cli-destroy"] } as const;
    for (const [testId, [name, format]] of Object.entries(expected)) {
      const file = await downloadFrom(page, testId);
      expect(file.name).toBe(name);
      // The designer's document is the template plus a layout; exporters ignore layout.
      expect(file.text).toBe(exportAsOneFile(seedLab(), format));
    }
  });

  test("Import from AWS lists the sandbox's VPCs and opens the chosen one as the design", async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-import-aws").click();
    await expect(page.getByTestId("import-aws")).toBeVisible();
    await page.getByTestId("import-aws-list").click();
    // Every region of the sandbox starts with its default VPC (172.31.0.0/16) and default subnets.
    // Earlier specs may have deployed labs into the same sandbox: choose the default VPC itself.
    const picker = page.getByTestId("import-aws-vpc");
    await expect(picker).toContainText("172.31.0.0/16");
    const vpcId = await picker.locator("option").filter({ hasText: "172.31.0.0/16" }).first().getAttribute("value");
    if (!vpcId) throw new Error("the default VPC has no option value");
    await picker.selectOption(vpcId);
    await page.getByTestId("import-aws-import").click();
    await expect(page.getByTestId("design-name")).toHaveText(vpcId);
    // Untagged resources are named by their AWS ids; the VPC node shows its CIDR, the subnets theirs.
    await expect(page.locator(".react-flow__node").filter({ hasText: `${vpcId}` }).filter({ hasText: "172.31.0.0/16" }).first()).toBeVisible();
    await expect(flowNode(page, "vpc")).toBeVisible();
    await expect(page.locator(".react-flow__node[data-id^='subnet-']").filter({ hasText: "172.31.0.0/20" })).toBeVisible();
  });
});
