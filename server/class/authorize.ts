import "server-only";
import type pg from "pg";
import type { ClassRole } from "../../lib/class";
import { StepError } from "../aws/errors";
import { ownerOf, type Member } from "./class-store";

/** How a member may act on a deployment: as its owner, or as the instructor of its owner's class. */
export type DeploymentAccess = "owner" | "instructor";

/**
 * The one authorisation rule of team mode: a student reaches only their own deployments; an
 * instructor reaches every deployment of a student in their class, and no other class's.
 * A deployment no account owns (started from the CLI) is the instructor's to see, never a
 * student's.
 */
export async function deploymentAccess(db: pg.Pool, member: Member, deploymentId: string): Promise<DeploymentAccess | undefined> {
  const owner = await ownerOf(db, deploymentId);
  if (owner?.userId === member.userId) return "owner";
  if (member.role === "instructor" && owner?.classId === member.classId) return "instructor";
  return undefined;
}

/** Throws the clear refusal (`Unauthorized`) unless `member` may act on the deployment. */
export async function requireDeploymentAccess(db: pg.Pool, member: Member, deploymentId: string): Promise<DeploymentAccess> {
  const access = await deploymentAccess(db, member, deploymentId);
  // The same words whether it exists or not: a student cannot probe other students' ids.
  if (!access) throw new StepError("Unauthorized", `Deployment ${deploymentId} is not yours${member.role === "instructor" ? " or a student's in your class" : ""}.`);
  return access;
}

/** Throws `Unauthorized` unless the member has `role` in their class. */
export function requireRole(member: Member, role: ClassRole): void {
  if (member.role !== role) throw new StepError("Unauthorized", role === "instructor" ? "Only the class's instructor can do this." : "Only a student of the class can do this.");
}
