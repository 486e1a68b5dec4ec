import { expect, test, type APIRequestContext } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";
import { englishSeen, watchForEnglish } from "./fixtures/english";

test.use({ locale: "ko-KR" });

/** The seed lab's design names: Latin, and not English to translate. */
const NAMES = ["lab-vpc", "private-a", "public-a", "public-c", "public-nat", "lab-igw", "nat-eip", "lab-nat", "public-rt", "private-rt", "lab-sg", "web-a", "web-c", "app-a", "web-tg", "lab-alb", "web", "listener"];

/** One EC2 call to the sandbox the demo started, as the AWS CLI would make it (test credentials, Seoul). */
async function ec2(request: APIRequestContext, endpoint: string, action: string, params: Record<string, string>): Promise<string> {
  const form = new URLSearchParams({ Action: action, Version: "2016-11-15", ...params });
  const response = await request.post(endpoint, {
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/ap-northeast-2/ec2/aws4_request, SignedHeaders=host, Signature=0" },
    data: form.toString(),
  });
  const body = await response.text();
  expect(response.ok(), `${action}: ${body}`).toBe(true);
  return body;
}

// Issue 14, item 5: in Korean, the guided cleanup named what blocks a delete in English
// ("security group sg-… has a rule naming it — not made by this deployment, left alone"), the
// report's reasons and the cleanup log were English, and the Deploy tab's readiness said
// "active" and "healthy". Someone else's security group with a rule naming lab-sg blocks its
// delete here, as it would on AWS.
test("a cleanup with a blocked step, the readiness states and the report read Korean from deploy to the end", async ({ page, request }) => {
  await deploySeedLab(page, () => watchForEnglish(page, NAMES, ["KTB seed lab"]));

  // Readiness once it works, then while it waits: web-a stopped (as a student might, in the
  // console) fails its health check. AWS's states in Korean; no Latin word but names and codes.
  const readiness = page.getByTestId("deploy-readiness");
  await expect(readiness).toHaveAttribute("data-working", "true", { timeout: 90_000 });
  const working = (await readiness.textContent()) ?? "";
  await page.getByTestId("tab-status").click();
  const panel = page.getByTestId("status-panel");
  await expect(panel.getByTestId("status-row-lab-sg")).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  const idOf = async (name: string) => (await panel.getByTestId(`status-row-${name}`).locator("code").first().textContent())!;
  const [vpcId, labSg, webA] = [await idOf("lab-vpc"), await idOf("lab-sg"), await idOf("web-a")];
  const { sandbox } = (await (await request.get("/api/health")).json()) as { sandbox: string };
  await ec2(request, sandbox, "StopInstances", { "InstanceId.1": webA });
  await page.getByTestId("tab-deploy").click();
  await expect(readiness).toHaveAttribute("data-working", "false", { timeout: 60_000 });
  await expect(readiness).toContainText("web-a");
  const waiting = (await readiness.textContent()) ?? "";
  const latin = [working, waiting].flatMap((r) => (r.replace(/\b[A-Z][A-Za-z]+(\.[A-Za-z]+)+/g, "").match(/[A-Za-z][A-Za-z_-]*/g) ?? []).filter((w) => !NAMES.includes(w) && !/^(IP|VPC|NAT|ALB)$/.test(w)));
  expect.soft({ working, waiting, latin }).toEqual({ working, waiting, latin: [] });

  // Someone else's security group in the lab's VPC, with a rule naming lab-sg.
  await page.getByTestId("tab-status").click();
  const created = await ec2(request, sandbox, "CreateSecurityGroup", { GroupName: "classmate-sg", GroupDescription: "made outside the app", VpcId: vpcId });
  const strangerId = /<groupId>([^<]+)<\/groupId>/.exec(created)![1];
  await ec2(request, sandbox, "AuthorizeSecurityGroupIngress", { GroupId: strangerId, "IpPermissions.1.IpProtocol": "tcp", "IpPermissions.1.FromPort": "80", "IpPermissions.1.ToPort": "80", "IpPermissions.1.Groups.1.GroupId": labSg });

  await panel.getByTestId("cleanup-start").click();
  await page.getByTestId("ask-first-confirm").click();
  const step = panel.getByTestId("cleanup-step-delete:security-group:lab-sg");
  await expect(step).toHaveAttribute("data-state", "blocked", { timeout: 60_000 });
  // Who blocks it, by id, in Korean with the particle its id takes; the log says so too.
  await expect.soft(step).toContainText(`보안 그룹 ${strangerId}에 이 그룹을 가리키는 규칙이 있습니다`);
  await expect.soft(step).toContainText("이 배포가 만든 것이 아니라서 그대로 둡니다");
  await expect.soft(panel.getByTestId("cleanup-log")).toContainText("다시 시도");
  await expect(page.getByTestId("node-lab-sg").getByTestId("status-pill")).toHaveAttribute("data-phase", "blocked");
  // Its Hangul is drawn by the shipped Noto Sans KR (loaded for these syllables), not by a font the machine may lack.
  const glyphs = await step.evaluate(async (el) => {
    const text = el.textContent ?? "";
    const faces = await document.fonts.load(`16px "Noto Sans KR"`, text);
    return { faces: faces.filter((f) => f.status === "loaded").length, covered: document.fonts.check(`16px "Noto Sans KR"`, text), font: getComputedStyle(el).fontFamily };
  });
  expect(glyphs.faces).toBeGreaterThan(0);
  expect(glyphs.covered).toBe(true);
  expect(glyphs.font).toContain("Noto Sans KR");

  // The classmate removes their group: the cleanup goes on by itself and ends with the report.
  await ec2(request, sandbox, "DeleteSecurityGroup", { GroupId: strangerId });
  await expect(panel.getByTestId("report-verdict")).toBeVisible({ timeout: 90_000 });
  await expect(panel.getByTestId("report-verdict")).toContainText("요금이 나오는 것이 남아 있지 않습니다");
  // The sandbox's own leftovers, listed with why they are harmless, in Korean.
  const report = panel.getByTestId("cleanup-report");
  await report.locator("summary").first().click();
  await expect.soft(report).toContainText("샌드박스가 남긴 것입니다");
  await panel.getByTestId("cleanup-log").evaluate((el) => el.closest("details")?.setAttribute("open", ""));
  await expect.soft(panel.getByTestId("cleanup-log")).toContainText("완료");

  await page.waitForTimeout(300);
  expect(await englishSeen(page)).toEqual([]);
});
