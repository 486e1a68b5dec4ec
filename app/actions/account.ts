"use server";
import { headers } from "next/headers";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { ReminderIdInputSchema, SignInInputSchema, SignUpInputSchema, type ClassRole } from "../../lib/class";
import { requireViewer } from "../../server/accounts/session";
import { teamPool } from "../../server/accounts/instance";
import { signInWithPassword, signOut, signUpWithInvite } from "../../server/accounts/sign-up";
import { asAction } from "../../server/actions/run-action";
import { dismissReminder, unreadReminders, type Reminder } from "../../server/class/class-store";

/** Team mode: signs in with email and password; the session cookie comes back with the answer. */
export async function signInAction(input: unknown): Promise<ActionResult<{ isSignedIn: true }>> {
  const parsed = SignInInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("account", parsed.error);
  return asAction("account", async () => {
    await signInWithPassword(parsed.data, await headers());
    return { isSignedIn: true as const };
  });
}

/** Team mode: creates an account with a class's invite code and signs it in. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ role: ClassRole }>> {
  const parsed = SignUpInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("account", parsed.error);
  return asAction("account", async () => ({ role: (await signUpWithInvite(parsed.data, await headers())).role }));
}

/** Ends the session. */
export async function signOutAction(): Promise<ActionResult<{ isSignedOut: true }>> {
  return asAction("account", async () => {
    await signOut(await headers());
    return { isSignedOut: true as const };
  });
}

/** The signed-in student's unread reminders from their instructor (polled with the page). */
export async function myRemindersAction(): Promise<ActionResult<Reminder[]>> {
  return asAction("account", async () => unreadReminders(await teamPool(), (await requireViewer(await headers())).userId));
}

/** Marks one of the signed-in member's reminders read. */
export async function dismissReminderAction(input: unknown): Promise<ActionResult<{ isDismissed: boolean }>> {
  const parsed = ReminderIdInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("account", parsed.error);
  return asAction("account", async () => ({ isDismissed: await dismissReminder(await teamPool(), (await requireViewer(await headers())).userId, parsed.data.reminderId) }));
}
