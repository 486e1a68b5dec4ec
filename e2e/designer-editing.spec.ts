import { expect, test } from "@playwright/test";
import { connect, fitView, flowNode, openFresh, selectNode } from "./fixtures/designer";

test.describe("editing the seed lab", () => {
  test.beforeEach(async ({ page }) => {
    await openFresh(page);
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-seed-lab").click();
    await fitView(page);
  });

  test("an overlapping CIDR shows a problem and marks the node; undo removes both", async ({ page }) => {
    await selectNode(page, "public-a");
    await page.getByTestId("field-cidr").fill("192.168.1.0/24");
    await expect(page.getByTestId("inspector").getByTestId("field-finding").first()).toBeVisible();
    await expect(page.getByTestId("node-public-a").getByTestId("issue-badge")).toHaveAttribute("data-severity", "error");
    await page.getByTestId("tab-problems").click();
    await expect(page.locator('[data-testid=problem][data-rule="subnet-cidr-overlap"]').first()).toBeVisible();

    await page.keyboard.press("Escape");
    await flowNode(page, "public-a").click({ position: { x: 40, y: 14 } });
    await page.keyboard.press("Control+z");
    await expect(page.locator('[data-testid=problem][data-rule="subnet-cidr-overlap"]')).toHaveCount(0);
    await expect(page.getByTestId("node-public-a").getByTestId("issue-badge")).toHaveCount(0);
    await expect(page.getByTestId("node-public-a")).toContainText("192.168.2.0/24");
  });

  test("clicking a problem selects and reveals its resource", async ({ page }) => {
    await selectNode(page, "public-a");
    await page.getByTestId("field-cidr").fill("192.168.1.0/24");
    await page.getByTestId("tab-problems").click();
    await page.locator('[data-testid=problem][data-rule="subnet-cidr-overlap"]').first().click();
    await expect(page.getByTestId("inspector")).toHaveAttribute("data-entity", /^(public-a|private-a)$/);
  });

  test("a CIDR with host bits is flagged inline as you type and never reaches the document", async ({ page }) => {
    await selectNode(page, "public-c");
    await page.getByTestId("field-cidr").fill("192.168.3.7/24");
    await expect(page.getByTestId("field-error")).toContainText("192.168.3.0/24");
    await expect(page.getByTestId("node-public-c")).toContainText("192.168.3.0/24");
  });

  test("the design survives a reload", async ({ page }) => {
    await page.getByTestId("field-design-name").fill("My reload test");
    await page.waitForTimeout(600);
    await page.reload();
    await expect(page.getByTestId("design-name")).toHaveText("My reload test");
    await expect(page.getByTestId("node-public-a")).toBeVisible();
  });

  test("a broken JSON import shows a clear error naming the field and leaves the design untouched", async ({ page }) => {
    const broken = { schemaVersion: 1, name: "broken", region: "ap-northeast-2", availabilityZones: [], vpcs: { v: { id: "v", name: "v", cidr: "10.0.0.0/16" } }, subnets: { s: { id: "s", name: "s", vpcId: "v", availabilityZone: "ap-northeast-2a", cidr: "10.0.300.0/24", mapPublicIpOnLaunch: false } }, internetGateways: {}, elasticIps: {}, natGateways: {}, routeTables: {}, securityGroups: {}, instances: {}, targetGroups: {}, loadBalancers: {}, layout: {} };
    await page.getByTestId("import-input").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(page.getByTestId("notice")).toBeVisible();
    await expect(page.getByTestId("notice-detail")).toContainText("subnets.s.cidr");
    await page.getByTestId("notice-close").click();
    await expect(page.getByTestId("design-name")).toHaveText("KTB seed lab");
    await expect(page.getByTestId("node-public-a")).toBeVisible();
  });

  test("Delete removes a subnet with its instance, and copy/paste gives a fresh CIDR", async ({ page }) => {
    await selectNode(page, "public-c");
    await page.keyboard.press("Control+c");
    await page.keyboard.press("Control+v");
    await expect(page.locator(".react-flow__node-subnet")).toHaveCount(5);
    await expect(page.getByTestId("inspector").getByTestId("field-cidr")).toHaveValue("192.168.0.0/24");
    await selectNode(page, "public-c");
    await page.keyboard.press("Delete");
    await expect(page.getByTestId("node-public-c")).toHaveCount(0);
    await expect(page.getByTestId("node-web-c")).toHaveCount(0);
  });

  test("auto-layout tidies a moved subnet back into its column, as one undoable step", async ({ page }) => {
    const tidy = (await flowNode(page, "public-nat").boundingBox())!;
    await page.mouse.move(tidy.x + 40, tidy.y + 10);
    await page.mouse.down();
    await page.mouse.move(tidy.x + 50, tidy.y - 20, { steps: 4 });
    await page.mouse.move(tidy.x + 60, tidy.y - 90, { steps: 6 });
    await page.mouse.up();
    // Read the dropped position once it has settled: on a busy machine the last frame of the drag lands later.
    const settledBox = async () => {
      for (let last = "", i = 0; ; i++) {
        const box = (await flowNode(page, "public-nat").boundingBox())!;
        const key = `${Math.round(box.x)},${Math.round(box.y)}`;
        if (key === last || i > 40) return box;
        last = key;
        await page.waitForTimeout(150);
      }
    };
    const moved = await settledBox();
    expect(Math.abs(moved.y - tidy.y)).toBeGreaterThan(20);
    await page.getByTestId("tool-layout").click();
    await expect.poll(async () => Math.round((await flowNode(page, "public-nat").boundingBox())!.x)).toBe(Math.round(tidy.x));
    await page.getByTestId("tool-undo").click();
    await expect.poll(async () => Math.round((await flowNode(page, "public-nat").boundingBox())!.y)).toBe(Math.round(moved.y));
  });

  test("exports the diagram as PNG and SVG and the design as JSON", async ({ page }) => {
    for (const [item, ext] of [["export-png", ".png"], ["export-svg", ".svg"], ["export-json", ".json"]] as const) {
      await page.getByTestId("tool-export").click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(item).click()]);
      expect(download.suggestedFilename()).toBe(`ktb-seed-lab${ext}`);
    }
  });

  test("dragging a connection between two resources that can't connect is refused with a reason", async ({ page }) => {
    await connect(page, "web-a", "top", "lab-igw", "bottom");
    await expect(page.getByTestId("toast")).toHaveAttribute("data-tone", "error");
    await expect(page.locator(".react-flow__edge")).toHaveCount(11);
  });

  test("a refused drop says why", async ({ page }) => {
    const box = (await flowNode(page, "lab-vpc").boundingBox())!;
    const from = (await page.getByTestId("palette-instance").boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.97, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByTestId("toast")).toHaveAttribute("data-tone", "error");
  });
});

test("switching to Korean translates the palette, inspector and problems panel", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("locale-switch").selectOption("ko");
  await expect(page.getByTestId("palette-subnet")).toContainText("서브넷");
  await expect(page.getByTestId("tab-problems")).toContainText("문제");
  await selectNode(page, "public-a");
  await expect(page.getByTestId("inspector")).toContainText("이름");
  await page.getByTestId("field-cidr").fill("192.168.1.0/24");
  await page.getByTestId("tab-problems").click();
  await expect(page.locator('[data-testid=problem][data-rule="subnet-cidr-overlap"]').first()).toContainText(/[가-힣]/);
  await page.reload();
  await expect(page.getByTestId("palette-subnet")).toContainText("서브넷");
});

test.describe("a browser that prefers Korean", () => {
  test.use({ locale: "ko-KR" });
  test("opens in Korean on the first visit", async ({ page }) => {
    await openFresh(page);
    await expect(page.getByTestId("palette-vpc")).toContainText("나만의 사설 네트워크");
  });
});

test("a new visitor lands on the lab network and can start empty from the welcome card", async ({ page }) => {
  await openFresh(page);
  await expect(page.getByTestId("node-public-a")).toBeVisible();
  await page.getByTestId("welcome-start-empty").click();
  await expect(page.getByTestId("empty-hint")).toBeVisible();
  await expect(page.locator(".react-flow__node-vpc")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("node-public-a")).toBeVisible();
});
