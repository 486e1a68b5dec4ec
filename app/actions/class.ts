"use server";
import { headers } from "next/headers";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { ReminderInputSchema, type Roster } from "../../lib/class";
import { requireViewer } from "../../server/accounts/session";
import { asAction } from "../../server/actions/run-action";
import { remindStudent, rosterFor } from "../../server/class/instructor";

/** The instructor's view: every student's deployments, what still runs and its cost per hour. */
export async function classRosterAction(): Promise<ActionResult<Roster>> {
  return asAction("class", async () => rosterFor(await requireViewer(await headers())));
}

/** A reminder from the instructor to one student of their class, shown on the student's next load or poll. */
export async function sendReminderAction(input: unknown): Promise<ActionResult<{ reminderId: number }>> {
  const parsed = ReminderInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("class", parsed.error);
  return asAction("class", async () => remindStudent(await requireViewer(await headers()), parsed.data));
}
