import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { deploySeedLab } from "../fixtures/deploy";
import { classCodes, signUp } from "./people";

const rosterRow = (page: Page, email: string) => page.locator(`[data-testid=roster-student][data-email="${email}"]`);

// Issue 15's acceptance: an instructor and two students in separate browser contexts; each
// student deploys the lab to their own sandbox account; the instructor sees both with what
// they cost per hour, reminds one, and cleans the other's up, which then reads cleaned up for
// that student too.
test("an instructor sees two students' labs with their cost, reminds one, and cleans up the other's", async ({ browser }) => {
  const codes = classCodes();
  const teacher = await signUp(browser, { name: "Teacher Kim", email: "kim@example.com" }, codes.instructorCode);
  await expect(teacher).toHaveURL(/\/instructor$/);
  await expect(teacher.getByTestId("account-role")).toHaveAttribute("data-role", "instructor");
  await expect(teacher.getByTestId("student-invite-code")).toHaveText(codes.studentCode);

  const ana = await signUp(browser, { name: "Ana", email: "ana@example.com" }, codes.studentCode);
  const ben = await signUp(browser, { name: "Ben", email: "ben@example.com", isTypoFirst: true }, codes.studentCode);
  await expect(ana.getByTestId("account-role")).toHaveAttribute("data-role", "student");
  await deploySeedLab(ana);
  await deploySeedLab(ben);

  // The deploys went through the queue: each is a row in PostgreSQL, the student's, whose deploy
  // job a worker completed (not a walk in the app process on its own SQLite journal).
  const db = new pg.Client({ connectionString: codes.databaseUrl });
  await db.connect();
  const jobs = async () =>
    (await db.query<{ email: string; state: string }>(`SELECT u.email, j.state FROM deployments d JOIN auth_user u ON u.id = d.owner_id JOIN pgboss.job j ON j.name = 'deploy' AND j.data->>'deploymentId' = d.id ORDER BY u.email`)).rows.map((r) => `${r.email} ${r.state}`);
  await expect.poll(jobs, { timeout: 15_000 }).toEqual(["ana@example.com completed", "ben@example.com completed"]);
  await db.end();
  // The second app instance, which neither student used, serves the same progress (the session
  // cookie is the class's, whichever instance signed it).
  await expect.poll(() => classCodes().secondUrl ?? "", { timeout: 120_000 }).toMatch(/^http:/);
  const secondUrl = classCodes().secondUrl!;
  const listed = await (await ana.request.get(`${secondUrl}/api/deployments`)).json();
  expect(listed.data.map((d: { lifecycle: string }) => d.lifecycle)).toEqual(["complete"]);
  const polled = await (await ana.request.get(`${secondUrl}/api/deployments/${listed.data[0].id}`)).json();
  expect(polled.data.lifecycle).toBe("complete");
  expect(polled.data.deployment.progress.done).toBe(polled.data.deployment.progress.total);
  // Ben's session reaches only his own: Ana's deployment is refused on either instance.
  expect((await ben.request.get(`${secondUrl}/api/deployments/${listed.data[0].id}`)).status()).toBe(403);

  // Both labs, each with what it costs while it runs (the seed lab has a NAT gateway and an ALB).
  for (const email of ["ana@example.com", "ben@example.com"]) {
    const row = rosterRow(teacher, email).getByTestId("roster-deployment");
    await expect(row).toHaveCount(1, { timeout: 15_000 });
    await expect(row).toHaveAttribute("data-lifecycle", "complete");
    await expect(row).toContainText("NAT gateway");
    expect(Number(await row.getByTestId("roster-per-hour").getAttribute("data-per-hour"))).toBeGreaterThan(0.05);
  }
  await expect(teacher.getByTestId("class-total")).not.toContainText("$0.0000");

  // A reminder to Ana reaches her page on its next poll.
  await rosterRow(teacher, "ana@example.com").getByTestId("roster-remind").click();
  await teacher.getByTestId("reminder-text").fill("Please clean up your lab before lunch");
  await teacher.getByTestId("reminder-send").click();
  await expect(teacher.getByTestId("roster-notice")).toContainText("Reminder sent to Ana");
  await expect(ana.getByTestId("reminder-message")).toHaveText("Please clean up your lab before lunch", { timeout: 20_000 });
  await expect(ben.getByTestId("reminder")).toHaveCount(0);

  // The instructor runs the guided cleanup of Ben's lab.
  teacher.once("dialog", (dialog) => void dialog.accept());
  await rosterRow(teacher, "ben@example.com").getByTestId("roster-clean-up").click();
  await expect(teacher.getByTestId("roster-notice")).toContainText("Cleanup of", { timeout: 15_000 });
  const benRow = rosterRow(teacher, "ben@example.com").getByTestId("roster-deployment");
  await expect(benRow).toHaveAttribute("data-lifecycle", "cleaned-up", { timeout: 120_000 });
  await expect(benRow.getByTestId("roster-per-hour")).toHaveAttribute("data-per-hour", "0");
  await expect(rosterRow(teacher, "ana@example.com").getByTestId("roster-deployment")).toHaveAttribute("data-lifecycle", "complete");

  // Ben sees his lab cleaned up; Ana's is still deployed.
  await ben.reload();
  await ben.getByTestId("tab-deploy").click();
  await expect(ben.getByTestId("deploy-progress")).toHaveAttribute("data-status", "cleaned-up", { timeout: 15_000 });
  await ana.getByTestId("tab-deploy").click();
  await expect(ana.getByTestId("deploy-progress")).toHaveAttribute("data-status", "complete");
});
