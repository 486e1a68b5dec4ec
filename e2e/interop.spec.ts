import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { exportAsOneFile } from "../lib/export";
import { particle } from "../lib/i18n/particles";
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

test.describe("adopting an imported VPC, in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("Import from AWS, then adopt it as a deployment: Status says adopted and in sync, and offers no cleanup", async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-import-aws").click();
    await page.getByTestId("import-aws-list").click();
    const picker = page.getByTestId("import-aws-vpc");
    await expect(picker).toContainText("172.31.0.0/16");
    const vpcId = await picker.locator("option").filter({ hasText: "172.31.0.0/16" }).first().getAttribute("value");
    if (!vpcId) throw new Error("the default VPC has no option value");
    await picker.selectOption(vpcId);
    await page.getByTestId("import-aws-import").click();
    await expect(page.getByTestId("import-aws-clean")).toHaveText(`${vpcId}${particle(vpcId, "을/를")} 가져왔습니다. 모든 항목이 디자인에 들어 있습니다.`);

    // Adopting asks first, saying what it means; cancel leaves nothing recorded.
    await page.getByTestId("import-aws-adopt").click();
    await expect(page.getByTestId("import-aws-adopt-confirmation")).toContainText("절대 삭제하지 않습니다");
    await page.getByTestId("import-aws-adopt-cancel").click();
    await expect(page.getByTestId("import-aws-adopt")).toHaveText("배포로 채택");
    await page.getByTestId("import-aws-adopt").click();
    await expect(page.getByTestId("import-aws-adopt-confirm")).toHaveText(`${vpcId} 채택`);
    await page.getByTestId("import-aws-adopt-confirm").click();

    // The dialog closes on the Status tab, showing the adopted deployment read from AWS.
    await expect(page.getByTestId("import-aws")).toBeHidden();
    const notice = page.getByTestId("deployment-adopted");
    await expect(notice).toHaveAttribute("data-vpc-id", vpcId);
    await expect(notice).toContainText("AWS에서 채택함");
    await expect(page.getByTestId("adopted-sync")).toHaveText("가져온 디자인과 동기화됨");
    await expect(page.getByTestId("adopted-sync")).toHaveAttribute("data-drifted", "0");
    await expect(page.getByTestId("status-panel").locator("[data-testid^='status-row-']").first()).toBeVisible();
    await expect(page.getByTestId("cleanup-refused")).toHaveText("AWS에서 채택함: VPC Designer가 만든 리소스가 아니므로 삭제하지 않습니다.");
    await expect(page.getByTestId("cleanup-start")).toHaveCount(0);
    await expect(page.getByTestId("lab-timer")).toHaveCount(0);

    // The Deploy tab says the same deployment was adopted, not deployed.
    await page.getByTestId("tab-deploy").click();
    await expect(page.getByTestId("deploy-adopted")).toHaveAttribute("data-vpc-id", vpcId);
    await expect(page.getByTestId("deploy-adopted")).toContainText(`AWS에서 채택함 (${vpcId})`);
  });
});
