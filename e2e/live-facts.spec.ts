import { expect, test, type Locator } from "@playwright/test";
import { deploySeedLab } from "./fixtures/deploy";

/** Every line of a node's live facts panel, shown by hovering the node; each must be shown whole. */
async function factsOf(node: Locator): Promise<string[]> {
  await node.hover({ position: { x: 20, y: 20 } });
  const panel = node.getByTestId("live-facts");
  await expect(panel).toBeVisible();
  const lines = panel.getByTestId("live-fact");
  for (const line of await lines.all()) {
    const cut = await line.evaluate((el) => [...el.querySelectorAll("span, code")].some((part) => part.scrollWidth > part.clientWidth + 1));
    expect(cut, await line.textContent() ?? "").toBe(false);
  }
  return lines.allTextContents();
}

// Issue 14, item 4: the live diagram cut private IPs ("192.168.1.4…"), showed no public IP,
// printed the VPC CIDR twice and cut the ALB's DNS name; target groups listed instance ids.
test("the live diagram shows each address and the DNS name in full, one fact per line", async ({ page }) => {
  await deploySeedLab(page);
  await expect(page.getByTestId("deploy-readiness")).toHaveAttribute("data-working", "true", { timeout: 90_000 });

  const webA = page.getByTestId("node-web-a");
  await expect(webA.getByTestId("status-detail")).toHaveText(/^192\.168\.2\.\d+$/);
  await expect.poll(() => factsOf(webA), { timeout: 30_000 }).toEqual([
    expect.stringMatching(/^private IP 192\.168\.2\.\d+$/),
    expect.stringMatching(/^public IP 54\.\d+\.\d+\.\d+$/),
    expect.stringMatching(/^status checks: system \w+, instance \w+$/),
    "target healthy",
  ]);
  // Copy buttons sit beside the addresses.
  await expect(webA.getByTestId("live-facts").getByRole("button")).toHaveCount(2);

  // The sandbox's Elastic IP is a loopback address: labelled, never passed off as public.
  await expect.poll(() => factsOf(page.getByTestId("node-lab-nat"))).toEqual([expect.stringMatching(/^sandbox address 127\.\d+\.\d+\.\d+ \(on AWS, a public IP\)$/)]);

  // The DNS name in full, the same as the Status tab's.
  await page.getByTestId("tab-status").click();
  const dns = (await page.getByTestId("alb-dns").textContent())!;
  expect(dns.length).toBeGreaterThan(5);
  expect(await factsOf(page.getByTestId("node-lab-alb"))).toEqual([`DNS ${dns}`]);

  // One line per fact: the VPC's CIDR once, the subnet's free addresses once (AWS's count).
  await expect(page.getByTestId("node-lab-vpc").getByText("192.168.0.0/16")).toHaveCount(1);
  const publicA = page.getByTestId("node-public-a");
  await expect(publicA.getByTestId("status-detail")).toHaveText(/^\d+ of 251 addresses free$/);
  await expect(publicA.getByText(/free/)).toHaveCount(1);

  // Target groups name their targets by instance.
  const tg = page.locator('[data-testid^="status-row-"]', { hasText: "Target group" }).first();
  await expect(tg).toContainText("Target web-a");
  await expect(tg).toContainText("Target web-c");
  await expect(tg).not.toContainText(/Target i-/);
});
