import "server-only";
import type { ReminderInput } from "../../lib/class";
import { teamPool } from "../accounts/instance";
import { StepError } from "../aws/errors";
import { workRunner } from "../work";
import { requireRole } from "./authorize";
import { memberOf, ownerOf, sendReminder, type Member } from "./class-store";
import type { Roster } from "../../lib/class";
import { buildRoster } from "./roster";

/** The instructor's roster of their own class (refused for a student). */
export async function rosterFor(viewer: Member): Promise<Roster> {
  requireRole(viewer, "instructor");
  return buildRoster(await teamPool(), await (await workRunner()).overview(), viewer.classId);
}

/**
 * Sends a reminder from the instructor to a student of their class, optionally about one of
 * that student's deployments. A student of another class, or another student's deployment,
 * is refused with the same words as an unknown one.
 */
export async function remindStudent(viewer: Member, input: ReminderInput): Promise<{ reminderId: number }> {
  requireRole(viewer, "instructor");
  const pool = await teamPool();
  const student = await memberOf(pool, input.studentId);
  if (!student || student.classId !== viewer.classId || student.role !== "student") throw new StepError("Unauthorized", "That student is not in your class.");
  if (input.deploymentId && (await ownerOf(pool, input.deploymentId))?.userId !== student.userId) throw new StepError("Unauthorized", `Deployment ${input.deploymentId} is not that student's.`);
  const reminderId = await sendReminder(pool, { classId: viewer.classId, fromUserId: viewer.userId, toUserId: student.userId, message: input.message, ...(input.deploymentId ? { deploymentId: input.deploymentId } : {}) });
  return { reminderId };
}
