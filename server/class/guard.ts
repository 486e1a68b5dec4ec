import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { requireViewer } from "../accounts/session";
import { teamPool } from "../accounts/instance";
import { StepError } from "../aws/errors";
import { resolveTarget } from "../engine/target";
import { isTeamMode } from "../store/config";
import { requireDeploymentAccess, requireRole } from "./authorize";
import { deploymentIdsOf, recordOwner, sandboxAccountOf, type Member } from "./class-store";
import { studentAwsTarget } from "./student-target";

/**
 * What every server action asks before it acts, in one place. In the embedded mode (no
 * VPCD_DATABASE_URL) there are no accounts and each answer is "go ahead", exactly as before;
 * in team mode each checks the session cookie in `headers` and the class's one rule
 * (server/class/authorize.ts) on the server, whatever the browser claims.
 */

/** Refuses unless the signed-in member may act on the deployment (its owner or their instructor). */
export async function guardDeployment(headers: Headers, deploymentId: string): Promise<void> {
  if (!isTeamMode()) return;
  await requireDeploymentAccess(await teamPool(), await requireViewer(headers), deploymentId);
}

/** Refuses unless the signed-in member is the class's instructor (sweeping the shared account). */
export async function guardInstructor(headers: Headers): Promise<void> {
  if (!isTeamMode()) return;
  requireRole(await requireViewer(headers), "instructor");
}

/** Refuses unless someone is signed in (read-only looks at the sandbox). */
export async function guardSignedIn(headers: Headers): Promise<void> {
  if (!isTeamMode()) return;
  await requireViewer(headers);
}

/**
 * Where a new deployment goes. Team mode: a student's sandbox deployments go to their own
 * sandbox account, configured on the server (never sent by the browser); real AWS goes with the
 * profile or role the instructor configured for them (./student-target.ts), refused with whom
 * to ask when there is none. A deploy by an instructor (no account of their own) is refused.
 */
export async function deployTarget(headers: Headers, kind: "sandbox" | "aws", region: string): Promise<{ target: DeploymentTarget; owner?: Member }> {
  if (!isTeamMode()) return { target: resolveTarget(kind, region) };
  const viewer = await requireViewer(headers);
  requireRole(viewer, "student");
  if (kind !== "sandbox") return { target: await studentAwsTarget(await teamPool(), viewer, region), owner: viewer };
  const accountId = await sandboxAccountOf(await teamPool(), viewer.userId);
  if (!accountId) throw new StepError("Unauthorized", "Your account has no sandbox account configured; ask your instructor.");
  return { target: { ...resolveTarget(kind, region), accountId }, owner: viewer };
}

/** Records the new deployment as its student's (team mode; the embedded mode has no owners). */
export async function recordDeploymentOwner(owner: Member | undefined, deploymentId: string): Promise<void> {
  if (owner) await recordOwner(await teamPool(), deploymentId, owner);
}

/** The deployments the viewer may list: undefined for all (embedded), else their own or their class's. */
export async function visibleDeployments(headers: Headers): Promise<Set<string> | undefined> {
  if (!isTeamMode()) return undefined;
  const viewer = await requireViewer(headers);
  const filter = viewer.role === "instructor" ? { classId: viewer.classId } : { userId: viewer.userId };
  return new Set((await deploymentIdsOf(await teamPool(), filter)).map((d) => d.deploymentId));
}
