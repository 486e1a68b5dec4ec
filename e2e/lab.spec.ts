import { expect, test, type Page } from "@playwright/test";
import { addInstance, addSubnet, drop, rename } from "./fixtures/build";
import { connect, fitView, flowNode, openFresh, pointIn, selectNode } from "./fixtures/designer";

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

  test("빈 캔버스에서 손으로 만들며 단계마다 실수를 짚어 주고, 배포·ALB 시험·정리까지 확인한다", async ({ page }) => {
    test.setTimeout(420_000);
    await openFresh(page);
    await page.getByTestId("lab-open").click();
    await page.getByTestId("lab-start").click();
    await expect(page.getByTestId("lab-progress")).toHaveText("0/12 단계 완료");
    await expect(step(page, "region")).toHaveAttribute("data-state", "current");
    await expect(step(page, "vpc")).toHaveAttribute("data-state", "locked");
    await expect(page.getByTestId("lab-detail")).toContainText("리전은 지리적으로 떨어진 AWS의 위치");
    await expect(problems(page)).toHaveText(["가용 영역 ap-northeast-2a가 선택되지 않았습니다.", "가용 영역 ap-northeast-2c가 선택되지 않았습니다."]);

    // Mistake: the wrong region. Then the right one, and its two zones.
    await page.getByTestId("field-region").selectOption("us-east-1");
    await expect(problems(page).first()).toHaveText("리전이 us-east-1입니다. 실습은 ap-northeast-2(서울)에서 합니다.");
    await page.getByTestId("field-region").selectOption("ap-northeast-2");
    for (const zone of ["ap-northeast-2a", "ap-northeast-2c"]) await page.getByTestId("field-zones").getByLabel(zone).check();
    await expect(step(page, "region")).toHaveAttribute("data-state", "done");
    await expect(step(page, "vpc")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveText(["VPC가 아직 없습니다. CIDR 192.168.0.0/16로 하나 그리세요."]);

    // The VPC: first with a block that cannot hold the subnets.
    let vpc = "";
    await onCanvas(page, async () => {
      vpc = await drop(page, "vpc", await pointIn(page.getByTestId("node-region"), 0.3, 0.4));
      await rename(page, "lab-vpc");
      await page.getByTestId("field-cidr").fill("10.0.0.0/16");
    });
    await expect(problems(page)).toHaveText(["VPC lab-vpc의 CIDR이 10.0.0.0/16입니다. 네 서브넷이 모두 들어가도록 192.168.0.0/16으로 바꾸세요."]);
    await onCanvas(page, async () => {
      await selectNode(page, vpc);
      await page.getByTestId("field-cidr").fill("192.168.0.0/16");
    });
    await expect(step(page, "subnets")).toHaveAttribute("data-state", "current");

    // Four subnets; public-c first lands in the wrong zone.
    const subnets: Record<string, string> = {};
    await onCanvas(page, async () => {
      subnets.privateA = await addSubnet(page, "ap-northeast-2a", "private-a", "192.168.1.0/24", false);
      subnets.publicA = await addSubnet(page, "ap-northeast-2a", "public-a", "192.168.2.0/24", true);
      subnets.publicC = await addSubnet(page, "ap-northeast-2a", "public-c", "192.168.3.0/24", true);
      subnets.publicNat = await addSubnet(page, "ap-northeast-2a", "public-nat", "192.168.4.0/24", true);
    });
    await expect(problems(page)).toHaveText(["서브넷 public-c가 ap-northeast-2a에 있습니다. ap-northeast-2c에 두세요."]);
    await onCanvas(page, async () => {
      await selectNode(page, subnets.publicC);
      await page.getByTestId("field-zone").selectOption("ap-northeast-2c");
    });
    await expect(step(page, "internet-gateway")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveText(["인터넷 게이트웨이가 아직 없습니다."]);

    let igw = "";
    await onCanvas(page, async () => {
      await fitView(page);
      igw = await drop(page, "internet-gateway", await pointIn(flowNode(page, vpc), 0.5, 0.03));
      await rename(page, "lab-igw");
    });
    await expect(step(page, "route-tables")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveCount(3);

    // Route tables; public-c is forgotten at first.
    const rt: Record<string, string> = {};
    await onCanvas(page, async () => {
      await fitView(page);
      rt.public = await drop(page, "route-table", await pointIn(flowNode(page, vpc), 0.2, 0.95));
      await rename(page, "public-rt");
      await fitView(page);
      rt.private = await drop(page, "route-table", await pointIn(flowNode(page, vpc), 0.55, 0.95));
      await rename(page, "private-rt");
      await fitView(page);
      await connect(page, rt.public, "top", igw, "bottom");
      for (const subnet of [subnets.publicA, subnets.publicNat]) await connect(page, rt.public, "top", subnet, "bottom");
    });
    await expect(problems(page)).toHaveText(["서브넷 public-c가 아직 퍼블릭이 아닙니다. 0.0.0.0/0 → 인터넷 게이트웨이 경로가 있는 테이블에 연결하세요."]);
    await onCanvas(page, async () => {
      await connect(page, rt.public, "top", subnets.publicC, "bottom");
    });
    await expect(step(page, "nat-gateway")).toHaveAttribute("data-state", "current");

    // The NAT gateway, and the private route that uses it (missing at first).
    let nat = "";
    await onCanvas(page, async () => {
      await fitView(page);
      nat = await drop(page, "nat-gateway", await pointIn(flowNode(page, subnets.publicNat), 0.3, 0.8));
      await rename(page, "lab-nat");
    });
    await expect(problems(page).first()).toContainText("private-a → 인터넷 (포트 443)이 막혀 있습니다");
    await onCanvas(page, async () => {
      await fitView(page);
      await connect(page, rt.private, "top", nat, "bottom");
      await connect(page, rt.private, "top", subnets.privateA, "bottom");
    });
    await expect(step(page, "security-group")).toHaveAttribute("data-state", "current");

    // The common group: SSH first, HTTP forgotten.
    await onCanvas(page, async () => {
      await fitView(page);
      await drop(page, "security-group", await pointIn(flowNode(page, vpc), 0.85, 0.95));
      await rename(page, "lab-sg");
      await page.getByTestId("preset-ingress-ssh").click();
    });
    await expect(problems(page)).toHaveText(["보안 그룹 lab-sg가 포트 80을 0.0.0.0/0에 열지 않았습니다."]);
    await onCanvas(page, async () => {
      await page.getByTestId("preset-ingress-http").click();
    });
    await expect(step(page, "instances")).toHaveAttribute("data-state", "current");

    // Three instances; web-c without a public IP at first.
    const inst: Record<string, string> = {};
    await onCanvas(page, async () => {
      inst.webA = await addInstance(page, subnets.publicA, "web-a", true);
      inst.webC = await addInstance(page, subnets.publicC, "web-c", true);
      await page.getByTestId("field-public-ip").uncheck();
      inst.appA = await addInstance(page, subnets.privateA, "app-a", false);
    });
    await expect(problems(page).first()).toContainText("인터넷 → web-c (포트 22)가 막혀 있습니다: web-c에 퍼블릭 IPv4 주소가 없습니다");
    await onCanvas(page, async () => {
      await selectNode(page, inst.webC);
      await page.getByTestId("field-public-ip").check();
    });
    await expect(step(page, "load-balancer")).toHaveAttribute("data-state", "current");
    await expect(problems(page)).toHaveText(["인터넷 연결 ALB가 아직 없습니다."]);

    // The ALB, at first only in public-a.
    const lb: Record<string, string> = {};
    await onCanvas(page, async () => {
      await fitView(page);
      lb.alb = await drop(page, "load-balancer", await pointIn(flowNode(page, vpc), 0.2, 0.1));
      await rename(page, "lab-alb");
      await page.getByTestId("field-lb-groups").getByLabel("lab-sg").check();
      await fitView(page);
      lb.tg = await drop(page, "target-group", await pointIn(flowNode(page, vpc), 0.7, 0.1));
      await rename(page, "web-tg");
      await fitView(page);
      await connect(page, lb.alb, "bottom", subnets.publicA, "top");
      await connect(page, lb.alb, "right", lb.tg, "left");
      await connect(page, inst.webA, "top", lb.tg, "bottom");
      await connect(page, inst.webC, "top", lb.tg, "bottom");
    });
    await expect(problems(page).first()).toHaveText("ALB lab-alb가 서브넷 public-c에 없습니다.");
    await onCanvas(page, async () => {
      await fitView(page);
      await connect(page, lb.alb, "bottom", subnets.publicC, "top");
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
    await page.getByTestId("ask-first-confirm").click();
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
    await expect(problems(page)).toHaveText(["가용 영역 ap-northeast-2c가 선택되지 않았습니다."]);
    await expect(page.getByTestId("lab-return")).toHaveCount(0);
  });
});
