import "server-only";
import type pg from "pg";
import { StepError } from "../aws/errors";
import { memberOf, type Member } from "../class/class-store";

/** How a member reaches a saved design: as its owner (read and save), or as their instructor (read only). */
export type DesignAccess = "owner" | "instructor";

/**
 * The class rule for designs, the same as for deployments (server/class/authorize.ts): a
 * student reaches only their own designs; an instructor may read (never save over) the designs
 * of the students of their class. A design no account owns is nobody's to open in team mode.
 */
export async function designAccess(pool: pg.Pool, viewer: Member, ownerId: string | undefined): Promise<DesignAccess | undefined> {
  if (!ownerId) return undefined;
  if (ownerId === viewer.userId) return "owner";
  if (viewer.role !== "instructor") return undefined;
  const owner = await memberOf(pool, ownerId);
  return owner && owner.role === "student" && owner.classId === viewer.classId ? "instructor" : undefined;
}

/** The one refusal for a design the viewer may not reach: the same words whether it exists or not, so ids cannot be probed. */
export function notYours(viewer: Member, id: string): StepError {
  return new StepError("Unauthorized", `Design ${id} is not yours${viewer.role === "instructor" ? " or a student's in your class" : ""}.`);
}
