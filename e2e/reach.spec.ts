import { expect, test } from "@playwright/test";
import { fitView, flowNode, openFresh, selectNode } from "./fixtures/designer";

const OK = "rgb(46, 158, 91)";
const BLOCKED = "rgb(209, 50, 18)";

/** A Korean learner asks the seed lab questions before deploying anything. */
test.describe("도달 가능성: 배포 전에 경로를 묻는다", () => {
  test.use({ locale: "ko-KR" });

  test.beforeEach(async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-seed-lab").click();
    await fitView(page);
  });

  test("노드 메뉴에서 묻고, 경로가 그려지고, 실수하면 차단 지점이 빨갛게 표시된다", async ({ page }) => {
    await flowNode(page, "web-a").click({ button: "right", position: { x: 40, y: 14 } });
    await page.getByTestId("menu-reach").click();
    await expect(page.getByTestId("inspector")).toHaveAttribute("data-entity", "web-a");
    await expect(page.getByTestId("reach-direction")).toBeFocused();
    await page.getByTestId("reach-direction").selectOption("from");
    await page.getByTestId("reach-other").selectOption("internet");
    await page.getByTestId("reach-port").fill("80");
    await page.getByTestId("reach-ask").click();

    await expect(page.getByTestId("reach-verdict")).toHaveText("도달 가능");
    await expect(page.getByTestId("reach-hop")).toHaveCount(5);
    await expect(page.getByTestId("reach-hop").first()).toContainText("인터넷 클라이언트");
    await expect(flowNode(page, "lab-igw")).toHaveCSS("outline-color", OK);
    await expect(page.getByTestId("rf__edge-route:public-rt:lab-igw").locator(".react-flow__edge-path")).toHaveCSS("stroke", OK);
    await expect(flowNode(page, "app-a")).toHaveCSS("outline-style", "none");
    await expect(page.getByTestId("reach-assumption")).toContainText("기본 네트워크 ACL");

    // The deliberate mistake: no public IP. The answer follows the edit at once.
    await page.getByTestId("field-public-ip").uncheck();
    await page.getByTestId("reach-port").fill("22");
    await page.getByTestId("reach-ask").click();
    await expect(page.getByTestId("reach-verdict")).toHaveText("차단됨");
    await expect(page.getByTestId("reach-blocker")).toHaveAttribute("data-code", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
    await expect(page.getByTestId("reach-flag")).toContainText("퍼블릭 IPv4 주소가 없습니다");
    await expect(flowNode(page, "web-a")).toHaveCSS("outline-color", BLOCKED);

    // Port 80 still works through the load balancer.
    await page.getByTestId("reach-port").fill("80");
    await page.getByTestId("reach-ask").click();
    await expect(page.getByTestId("reach-verdict")).toHaveText("도달 가능");
    await expect(page.getByTestId("reach-answer")).toContainText("로드 밸런서 lab-alb 경유");

    await page.getByTestId("reach-clear").click();
    await expect(page.getByTestId("reach-answer")).toHaveCount(0);
    await expect(page.getByTestId("reach-highlight")).toHaveCount(0);
    await expect(flowNode(page, "lab-igw")).toHaveCSS("outline-style", "none");
  });

  test("인스턴스 검사기에 자주 묻는 질문의 답이 보인다", async ({ page }) => {
    await selectNode(page, "app-a");
    await expect(page.getByTestId("answer-direct")).toHaveText("직접 접속 불가");
    await expect(page.getByTestId("answer-out")).toHaveText("가능: NAT 게이트웨이 lab-nat 경유");
    await selectNode(page, "web-c");
    await expect(page.getByTestId("answer-direct")).toHaveText("포트 22, 80으로 직접 접속 가능");
    await expect(page.getByTestId("answer-via-lb")).toHaveText("로드 밸런서 lab-alb의 포트 80으로 접속 가능");
    await expect(page.getByTestId("answer-out")).toHaveText("가능: 인터넷 게이트웨이 lab-igw 경유");
  });
});
