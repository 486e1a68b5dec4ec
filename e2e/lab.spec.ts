import { expect, test, type Page } from "@playwright/test";
import { fitView, openFresh, selectNode } from "./fixtures/designer";

const step = (page: Page, id: string) => page.getByTestId(`lab-step-${id}`);
const problems = (page: Page) => page.getByTestId("lab-detail").getByTestId("lab-problem");

/** Collapses the lab panel so the canvas underneath can be clicked, does the edit, reopens it. */
async function onCanvas(page: Page, edit: () => Promise<void>): Promise<void> {
  await page.getByTestId("lab-close").click();
  await edit();
  await page.getByTestId("lab-open").click();
}

/** A Korean student follows the lab note in lab mode, from an empty canvas to a verified cleanup. */
test.describe("랩 모드", () => {
  test.use({ locale: "ko-KR" });

  test("빈 캔버스에서 시작해 단계마다 실수를 짚어 주고, 배포·ALB 시험·정리까지 확인한다", async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("lab-open").click();
    await page.getByTestId("lab-start").click();
    await expect(page.getByTestId("lab-progress")).toHaveText("0/12 단계 완료");
    await expect(step(page, "region")).toHaveAttribute("data-state", "current");
    await expect(step(page, "vpc")).toHaveAttribute("data-state", "locked");
    await expect(page.getByTestId("lab-detail")).toContainText("리전은 지리적으로 떨어진 AWS의 위치");
    await expect(problems(page)).toHaveText(["가용 영역 ap-northeast-2a이(가) 선택되지 않았습니다.", "가용 영역 ap-northeast-2c이(가) 선택되지 않았습니다."]);

    // Mistake: the wrong region. Then the right one, and its two zones.
    await page.getByTestId("field-region").selectOption("us-east-1");
    await expect(problems(page).first()).toHaveText("리전이 us-east-1입니다. 실습은 ap-northeast-2(서울)에서 합니다.");
    await page.getByTestId("field-region").selectOption("ap-northeast-2");
    for (const zone of ["ap-northeast-2a", "ap-northeast-2c"]) await page.getByTestId("field-zones").getByLabel(zone).check();
    await expect(step(page, "region")).toHaveAttribute("data-state", "done");
    await expect(step(page, "vpc")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveText(["VPC가 아직 없습니다. CIDR 192.168.0.0/16로 하나 그리세요."]);

    // The network as the note draws it (the seed lab template), then mistakes on it.
    await onCanvas(page, async () => {
      await page.getByTestId("tool-template").click();
      await page.getByTestId("template-seed-lab").click();
      await fitView(page);
    });
    await expect(step(page, "load-balancer")).toHaveAttribute("data-state", "done");
    await expect(step(page, "deploy")).toHaveAttribute("data-state", "current");

    await onCanvas(page, async () => {
      await selectNode(page, "public-c");
      await page.getByTestId("field-zone").selectOption("ap-northeast-2a");
    });
    await expect(step(page, "subnets")).toHaveAttribute("data-state", "current");
    await expect(problems(page).first()).toHaveText("서브넷 public-c이(가) ap-northeast-2a에 있습니다. ap-northeast-2c에 두세요.");
    await onCanvas(page, async () => {
      await page.getByTestId("field-zone").selectOption("ap-northeast-2c");
      await selectNode(page, "web-c");
      await page.getByTestId("field-public-ip").uncheck();
    });
    await expect(step(page, "instances")).toHaveAttribute("data-state", "current");
    await expect(problems(page).first()).toContainText("인터넷 → web-c (포트 22)이(가) 막혀 있습니다: web-c에 퍼블릭 IPv4 주소가 없습니다");
    await onCanvas(page, async () => {
      await page.getByTestId("field-public-ip").check();
    });
    await expect(step(page, "deploy")).toHaveAttribute("data-state", "current");
    await expect(page.getByTestId("lab-progress")).toHaveText("9/12 단계 완료");

    // Deploy to the sandbox from the Deploy tab the step links to.
    await page.getByTestId("lab-open-deploy").click();
    await page.getByTestId("deploy-button").click();
    const dialog = page.getByTestId("deploy-confirm");
    await dialog.getByTestId("deploy-confirm-start").click();
    await expect(page.getByTestId("deploy-progress")).toHaveAttribute("data-status", "complete", { timeout: 90_000 });
    await expect(step(page, "deploy")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
    await expect(step(page, "test-load-balancer")).toHaveAttribute("data-state", "current");

    // Test the load balancer on the Status tab, then confirm what was seen.
    await page.getByTestId("lab-open-status").click();
    const panel = page.getByTestId("status-panel");
    await panel.getByTestId("alb-test").click();
    await expect(panel.getByTestId("alb-test-result")).toBeVisible({ timeout: 60_000 });
    await page.getByTestId("lab-confirm-test-load-balancer").click();
    await expect(step(page, "cleanup")).toHaveAttribute("data-state", "current");
    await expect(page.getByTestId("lab-confirm-cleanup")).toBeDisabled();
    await expect(problems(page).first()).toContainText("아직 지워지지 않은 리소스가");

    // Guided cleanup; the step checks that nothing is left before it can be confirmed.
    await panel.getByTestId("cleanup-start").click();
    await expect(panel.getByTestId("report-verdict")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId("lab-confirm-cleanup")).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId("lab-confirm-cleanup").click();
    await expect(page.getByTestId("lab-complete")).toHaveText("실습을 모두 마쳤습니다. 과금되는 리소스도 남지 않았습니다.");

    // Progress is saved: after a reload the lab is still open and complete.
    await page.reload();
    await expect(page.getByTestId("lab-panel")).toBeVisible();
    await expect(step(page, "deploy")).toHaveAttribute("data-state", "done");
    await expect(step(page, "test-load-balancer")).toHaveAttribute("data-state", "done");
  });

  test("자유 설계로 나갔다가 실습 캔버스로 돌아온다", async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("lab-open").click();
    await page.getByTestId("lab-start").click();
    await page.getByTestId("field-zones").getByLabel("ap-northeast-2a").check();
    await page.getByTestId("lab-leave").click();
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-web-server").click();
    await page.getByTestId("lab-open").click();
    await page.getByTestId("lab-return").click();
    await expect(step(page, "region")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveText(["가용 영역 ap-northeast-2c이(가) 선택되지 않았습니다."]);
    await expect(page.getByTestId("lab-return")).toHaveCount(0);
  });
});
