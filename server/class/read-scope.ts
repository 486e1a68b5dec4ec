import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { requireViewer } from "../accounts/session";
import { teamPool } from "../accounts/instance";
import type { SweepScope } from "../cleanup/sweep-across";
import { resolveTarget } from "../engine/target";
import { isTeamMode } from "../store/config";
import { deploymentIdsOf, sandboxAccountOf, studentsOf, type Member } from "./class-store";
import { studentCredentialsOf } from "./credentials-store";
import { studentAwsTarget } from "./student-target";

/**
 * The accounts a viewer's sweep reads, decided on the server. Embedded mode: the one target,
 * as before. Team mode: a student's own — their sandbox account, or with real AWS the account
 * their configured credentials reach, where only their own deployments are offered (others may
 * share that account); the instructor's: the class's shared account (the server's own target,
 * where CLI deploys go) and each student's, named with the student.
 */
export async function sweepScopes(headers: Headers, kind: "sandbox" | "aws", region: string): Promise<SweepScope[]> {
  if (!isTeamMode()) return [{ target: resolveTarget(kind, region), account: {} }];
  const viewer = await requireViewer(headers);
  if (viewer.role === "student") return [await studentScope(viewer, kind, region)];
  const pool = await teamPool();
  const students = await studentsOf(pool, viewer.classId);
  const own = await Promise.all(students.map((s) => studentScope(s, kind, region).catch(() => undefined)));
  return [{ target: resolveTarget(kind, region), account: {} }, ...own.filter((s): s is SweepScope => s !== undefined)];
}

/**
 * Where "Import from AWS" reads: a student's own account (sandbox or configured AWS
 * credentials), the class's shared account for the instructor, the one target when embedded.
 */
export async function importTarget(headers: Headers, kind: "sandbox" | "aws", region: string): Promise<DeploymentTarget> {
  if (!isTeamMode()) return resolveTarget(kind, region);
  const viewer = await requireViewer(headers);
  return viewer.role === "student" ? (await studentScope(viewer, kind, region)).target : resolveTarget(kind, region);
}

async function studentScope(student: Member, kind: "sandbox" | "aws", region: string): Promise<SweepScope> {
  const pool = await teamPool();
  const studentName = student.name;
  if (kind === "aws") {
    const target = await studentAwsTarget(pool, student, region);
    const owned = new Set((await deploymentIdsOf(pool, { userId: student.userId })).map((d) => d.deploymentId));
    const credentials = await studentCredentialsOf(pool, student.userId);
    return { target, account: { studentName, ...(credentials && "roleArn" in credentials ? { accountId: credentials.roleArn.split(":")[4] } : {}) }, onlyDeployments: owned };
  }
  const accountId = await sandboxAccountOf(pool, student.userId);
  if (!accountId) throw new Error(`${student.name} has no sandbox account`);
  return { target: { ...resolveTarget(kind, region), accountId }, account: { accountId, studentName } };
}
