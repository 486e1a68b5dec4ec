import "server-only";
import type pg from "pg";
import type { StudentAwsCredentials } from "../../lib/class";
import type { Member } from "./class-store";

type Db = pg.Pool | pg.PoolClient;

/**
 * Sets (or, with undefined, clears) the real-AWS credentials a student's deployments use: a
 * profile name or a role ARN, stored beside their sandbox account and read only on the server.
 * Returns false when the user is no student (no credentials row).
 */
export async function setStudentCredentials(db: Db, userId: string, credentials: StudentAwsCredentials | undefined): Promise<boolean> {
  const profile = credentials && "profile" in credentials ? credentials.profile : null;
  const roleArn = credentials && "roleArn" in credentials ? credentials.roleArn : null;
  const { rowCount } = await db.query("UPDATE student_credentials SET aws_profile = $2, aws_role_arn = $3 WHERE user_id = $1", [userId, profile, roleArn]);
  return rowCount === 1;
}

/** The real-AWS credentials configured for a student, or undefined (none yet, or not a student). */
export async function studentCredentialsOf(db: Db, userId: string): Promise<StudentAwsCredentials | undefined> {
  const { rows } = await db.query<{ aws_profile: string | null; aws_role_arn: string | null }>("SELECT aws_profile, aws_role_arn FROM student_credentials WHERE user_id = $1", [userId]);
  const row = rows[0];
  if (row?.aws_profile) return { profile: row.aws_profile };
  if (row?.aws_role_arn) return { roleArn: row.aws_role_arn };
  return undefined;
}

/** A student of the class by email (case-insensitive), or undefined. */
export async function studentByEmail(db: Db, classId: string, email: string): Promise<Member | undefined> {
  const { rows } = await db.query(
    `SELECT m.user_id, m.class_id, m.role, u.name, u.email FROM class_members m JOIN "auth_user" u ON u.id = m.user_id WHERE m.class_id = $1 AND m.role = 'student' AND lower(u.email) = lower($2)`,
    [classId, email],
  );
  const r = rows[0];
  return r ? { userId: r.user_id, classId: r.class_id, role: r.role, name: r.name, email: r.email } : undefined;
}

/** The class's instructors' names (to say whom a student asks), by name. */
export async function instructorsOf(db: Db, classId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT u.name FROM class_members m JOIN "auth_user" u ON u.id = m.user_id WHERE m.class_id = $1 AND m.role = 'instructor' ORDER BY u.name`, [classId]);
  return rows.map((r) => r.name);
}
