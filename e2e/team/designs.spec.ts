import { expect, test, type Page } from "@playwright/test";
import { classCodes, signIn, signUp, signUpOn } from "./people";

const status = (page: Page) => page.getByTestId("save-status");

/** Renames the design (one edit) and waits until the server has it as `version`. */
async function renameAndSave(page: Page, name: string, version: number) {
  await page.getByTestId("field-design-name").fill(name);
  await expect(status(page)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await expect(status(page)).toHaveAttribute("data-version", String(version));
}

async function openMyDesigns(page: Page) {
  await page.getByTestId("tool-my-designs").click();
  await expect(page.getByTestId("my-designs-note")).toHaveCount(0);
}

// Issue 15: in team mode a student's design is saved on the server, versioned. It comes back
// on another computer (a new browser context: fresh localStorage), older versions open from
// its history, a tab that fell behind is stopped with a choice instead of overwriting, and a
// classmate never sees it; their instructor reads it and cannot save over it.
test("a student's design is saved on the server with its versions, and only they and their instructor see it", async ({ browser }) => {
  const codes = classCodes();
  const carla = { name: "Carla", email: "carla@example.com" };
  const first = await signUp(browser, carla, codes.studentCode);
  await renameAndSave(first, "Carla's network v1", 1);
  // Offline, the edit stays in this browser and the status says so; back online, it is saved.
  await first.context().setOffline(true);
  await first.getByTestId("field-design-name").fill("Carla's network v2");
  await expect(status(first)).toHaveAttribute("data-status", "local-only", { timeout: 15_000 });
  await expect(status(first)).toContainText("Saved on this computer only");
  await expect(status(first)).toHaveAttribute("title", /kept in this browser .* retrying/);
  await first.context().setOffline(false);
  await expect(status(first)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await expect(status(first)).toContainText("Saved · version 2");

  // Another computer: nothing in its localStorage, the design comes from the server.
  const second = await signIn(browser, carla);
  await expect(second.getByTestId("design-name")).toHaveText("Carla's network v2", { timeout: 15_000 });
  await expect(second.getByTestId("node-public-a")).toBeVisible();
  await expect(status(second)).toHaveAttribute("data-version", "2");
  await openMyDesigns(second);
  const listed = second.getByTestId("my-design");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("Carla's network v2");
  await expect(listed).toContainText("version 2");

  // Version 1 opens from the history; the next edit saves on top of the newest, as version 3.
  await listed.getByTestId("my-design-versions").click();
  await expect(second.getByTestId("design-versions").getByRole("menuitem")).toHaveCount(2);
  await second.getByTestId("design-version-1").click();
  await expect(second.getByTestId("design-name")).toHaveText("Carla's network v1");
  await expect(status(second)).toContainText("Viewing version 1 (newest: 2)");
  await renameAndSave(second, "Carla's network v3", 3);

  // The first computer still edits on version 2: its save is refused, nothing is overwritten,
  // and it can keep its edit as a copy.
  await first.getByTestId("field-design-name").fill("Carla's other idea");
  await expect(status(first)).toHaveAttribute("data-status", "conflict", { timeout: 15_000 });
  await expect(first.getByTestId("save-conflict")).toContainText("version 3");
  await first.getByTestId("conflict-copy").click();
  await expect(status(first)).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await expect(status(first)).toHaveAttribute("data-version", "1");
  await openMyDesigns(first);
  await expect(first.getByTestId("my-design")).toHaveCount(2);
  await expect(first.getByTestId("my-design").first()).toContainText("Carla's other idea");
  await expect(first.getByTestId("my-design").nth(1)).toContainText("Carla's network v3");

  // Back on the original, the first computer saves version 4; the second, still on 3, is
  // stopped in turn and loads version 4.
  await first.getByTestId("my-design").nth(1).getByTestId("my-design-open").click();
  await expect(first.getByTestId("design-name")).toHaveText("Carla's network v3");
  await renameAndSave(first, "Carla's network v4", 4);
  await second.getByTestId("field-design-name").fill("Carla's late edit");
  await expect(status(second)).toHaveAttribute("data-status", "conflict", { timeout: 15_000 });
  await second.getByTestId("conflict-load").click();
  await expect(second.getByTestId("design-name")).toHaveText("Carla's network v4");
  await expect(status(second)).toHaveAttribute("data-status", "saved");
  await expect(status(second)).toHaveAttribute("data-version", "4");

  // A classmate on the same computer after Carla signs out sees none of it: not in their
  // list, not on their canvas, and Carla's design on this browser is not saved as theirs.
  await first.keyboard.press("Escape");
  await first.getByTestId("sign-out").click();
  await expect(first).toHaveURL(/\/sign-in$/);
  const dan = await signUpOn(first, { name: "Dan", email: "dan@example.com" }, codes.studentCode);
  await expect(dan.getByTestId("design-name")).toHaveText("KTB seed lab");
  await dan.getByTestId("tool-my-designs").click();
  await expect(dan.getByTestId("my-designs-empty")).toBeVisible();

  // The instructor lists the class's designs and reads Carla's; an edit there is never saved.
  const teacher = await signUp(browser, { name: "Teacher Lee", email: "lee@example.com" }, codes.instructorCode);
  await expect(teacher).toHaveURL(/\/instructor$/);
  // Only Carla's two (the other spec's students may have saved theirs on the same server).
  const rows = teacher.locator('[data-testid=student-design][data-owner="Carla"]');
  await expect(rows).toHaveCount(2);
  await expect(teacher.locator('[data-testid=student-design][data-owner="Dan"]')).toHaveCount(0);
  await rows.filter({ hasText: "Carla's network v4" }).getByTestId("student-design-open").click();
  await expect(teacher.getByTestId("design-name")).toHaveText("Carla's network v4", { timeout: 15_000 });
  await expect(status(teacher)).toHaveAttribute("data-status", "read-only");
  await expect(status(teacher)).toContainText("Read-only: Carla's design, version 4 of 4");
  await teacher.getByTestId("field-design-name").fill("Instructor's scribble");
  await teacher.waitForTimeout(2_500);
  await expect(status(teacher)).toHaveAttribute("data-status", "read-only");
  const carlaAgain = await signIn(browser, carla);
  await openMyDesigns(carlaAgain);
  await expect(carlaAgain.getByTestId("my-design")).toHaveCount(2);
  await expect(carlaAgain.getByTestId("my-design").filter({ hasText: "Instructor's scribble" })).toHaveCount(0);
  await expect(carlaAgain.getByTestId("my-design").filter({ hasText: "Carla's network v4" })).toContainText("version 4");
});
