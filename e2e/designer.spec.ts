import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { seedLab } from "../lib/templates/seed-lab";
import { addInstance, addSubnet, drop, rename } from "./fixtures/build";
import { connect, fitView, flowNode, openFresh, pointIn } from "./fixtures/designer";
import { normalizeDesign } from "./fixtures/normalize";

/** The reference: what `vpcd template seed-lab` prints (or the template itself when the CLI is missing). */
function referenceSeedLab(): unknown {
  try {
    return JSON.parse(execFileSync("node", ["server/cli/bin.js", "template", "seed-lab"], { encoding: "utf8", timeout: 60_000 }));
  } catch {
    return seedLab();
  }
}

test("a new user builds the seed lab from an empty design by dragging, connecting and typing", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("tool-new").click();
  await expect(page.locator(".react-flow__node-subnet")).toHaveCount(0);

  const vpc = await drop(page, "vpc", await pointIn(page.getByTestId("node-region"), 0.3, 0.4));
  await rename(page, "lab-vpc");
  await page.getByTestId("field-cidr").fill("192.168.0.0/16");

  const privateA = await addSubnet(page, "ap-northeast-2a", "private-a", "192.168.1.0/24", false);
  const publicA = await addSubnet(page, "ap-northeast-2a", "public-a", "192.168.2.0/24", true);
  const publicC = await addSubnet(page, "ap-northeast-2c", "public-c", "192.168.3.0/24", true);
  const publicNat = await addSubnet(page, "ap-northeast-2a", "public-nat", "192.168.4.0/24", true);

  await fitView(page);
  const igw = await drop(page, "internet-gateway", await pointIn(flowNode(page, vpc), 0.5, 0.03));
  await rename(page, "lab-igw");
  await fitView(page);
  const nat = await drop(page, "nat-gateway", await pointIn(flowNode(page, publicNat), 0.3, 0.8));
  await rename(page, "lab-nat");

  await fitView(page);
  const publicRt = await drop(page, "route-table", await pointIn(flowNode(page, vpc), 0.2, 0.95));
  await rename(page, "public-rt");
  await fitView(page);
  const privateRt = await drop(page, "route-table", await pointIn(flowNode(page, vpc), 0.55, 0.95));
  await rename(page, "private-rt");
  await fitView(page);
  await connect(page, publicRt, "top", igw, "bottom");
  await connect(page, privateRt, "top", nat, "bottom");
  for (const subnet of [publicA, publicC, publicNat]) await connect(page, publicRt, "top", subnet, "bottom");
  await connect(page, privateRt, "top", privateA, "bottom");
  await expect(page.getByTestId(`node-${publicA}`)).toHaveAttribute("data-public", "true");
  await expect(page.getByTestId(`node-${privateA}`)).toHaveAttribute("data-public", "false");

  await fitView(page);
  await drop(page, "security-group", await pointIn(flowNode(page, vpc), 0.85, 0.95));
  await rename(page, "lab-sg");
  await page.getByTestId("field-description").fill("SSH and HTTP for the lab");
  await page.getByTestId("preset-ingress-ssh").click();
  await page.getByTestId("preset-ingress-http").click();

  const webA = await addInstance(page, publicA, "web-a", true);
  const webC = await addInstance(page, publicC, "web-c", true);
  await addInstance(page, privateA, "app-a", false);

  await fitView(page);
  const alb = await drop(page, "load-balancer", await pointIn(flowNode(page, vpc), 0.2, 0.1));
  await rename(page, "lab-alb");
  await page.getByTestId("field-lb-groups").getByLabel("lab-sg").check();
  await fitView(page);
  const tg = await drop(page, "target-group", await pointIn(flowNode(page, vpc), 0.7, 0.1));
  await rename(page, "web-tg");
  await fitView(page);
  await connect(page, alb, "bottom", publicA, "top");
  await connect(page, alb, "bottom", publicC, "top");
  await connect(page, alb, "right", tg, "left");
  await connect(page, webA, "top", tg, "bottom");
  await connect(page, webC, "top", tg, "bottom");

  await page.getByTestId("tab-problems").click();
  await expect(page.getByTestId("problems-summary")).toHaveAttribute("data-errors", "0");

  await page.getByTestId("tool-export").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(normalizeDesign(exported)).toEqual(normalizeDesign(referenceSeedLab()));
});
