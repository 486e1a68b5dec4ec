import { readFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { classFile } from "./class-file";

/** Also the team database (to look at what the app stored) and, once it answers, a second app instance on it. */
export type ClassCodes = { name: string; studentCode: string; instructorCode: string; databaseUrl: string; secondUrl?: string };
export const PASSWORD = "lab-password-1";

/** The class's invite codes, written by class-server.ts for the port the tests run on. */
export function classCodes(): ClassCodes {
  return JSON.parse(readFileSync(classFile(Number(process.env.VPCD_E2E_PORT ?? 3104)), "utf8")) as ClassCodes;
}

/** A new browser context (its own cookies and storage: another person) signed up with `code`. */
export async function signUp(browser: Browser, who: { name: string; email: string; isTypoFirst?: boolean }, code: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  return signUpOn(page, who, code);
}

/** Signs up a new account on `page` (signed out), keeping its browser's storage: a shared computer. */
export async function signUpOn(page: Page, who: { name: string; email: string; isTypoFirst?: boolean }, code: string): Promise<Page> {
  await page.goto("/sign-up");
  await page.getByTestId("field-name").fill(who.name);
  await page.getByTestId("field-email").fill(who.email);
  await page.getByTestId("field-password").fill(PASSWORD);
  if (who.isTypoFirst) {
    // A mistyped code is refused with what to do, and nothing the person typed is lost.
    await page.getByTestId("field-inviteCode").fill("ZZZZ-ZZZZ");
    await page.getByTestId("sign-up-submit").click();
    await expect(page.getByTestId("sign-up-error")).toContainText("No class has the invite code ZZZZ-ZZZZ");
    await expect(page.getByTestId("field-name")).toHaveValue(who.name);
  }
  await page.getByTestId("field-inviteCode").fill(code.toLowerCase());
  await page.getByTestId("sign-up-submit").click();
  await expect(page.getByTestId("account-name")).toHaveText(who.name, { timeout: 30_000 });
  return page;
}

/** A new browser context (fresh cookies and localStorage: another computer) signed in as an existing account. */
export async function signIn(browser: Browser, who: { name: string; email: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByTestId("field-email").fill(who.email);
  await page.getByTestId("field-password").fill(PASSWORD);
  await page.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("account-name")).toHaveText(who.name, { timeout: 30_000 });
  return page;
}
