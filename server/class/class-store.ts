import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { formatInviteCode, type ClassRole, type Reminder } from "../../lib/class";
import { studentSandboxAccount } from "../../lib/deploy/sandbox-account";

export type { Reminder };


export type ClassRow = { id: string; name: string; studentCode: string; instructorCode: string; createdAt: number };
export type Member = { userId: string; classId: string; role: ClassRole; name: string; email: string };

type Db = pg.Pool | pg.PoolClient;

/**
 * Creates a class with fresh student and instructor invite codes. A code that collides with
 * another class's (one in 10^12) is drawn again.
 */
export async function createClass(db: Db, name: string, now = Date.now()): Promise<ClassRow> {
  for (let attempt = 0; ; attempt++) {
    const row: ClassRow = { id: `cls-${randomUUID()}`, name, studentCode: formatInviteCode(randomBytes(8)), instructorCode: formatInviteCode(randomBytes(8)), createdAt: now };
    try {
      await db.query("INSERT INTO classes (id, name, student_code, instructor_code, created_at) VALUES ($1, $2, $3, $4, $5)", [row.id, row.name, row.studentCode, row.instructorCode, row.createdAt]);
      return row;
    } catch (error) {
      if ((error as { code?: string }).code !== "23505" || attempt >= 3) throw error;
    }
  }
}

/** Every class, oldest first (the CLI lists them with their codes). */
export async function listClasses(db: Db): Promise<ClassRow[]> {
  const { rows } = await db.query("SELECT id, name, student_code, instructor_code, created_at FROM classes ORDER BY created_at, id");
  return rows.map(classOf);
}

/** One class by id. */
export async function classById(db: Db, id: string): Promise<ClassRow | undefined> {
  const { rows } = await db.query("SELECT id, name, student_code, instructor_code, created_at FROM classes WHERE id = $1", [id]);
  return rows[0] ? classOf(rows[0]) : undefined;
}

/** The class and role an invite code admits to, or undefined for a code no class has. */
export async function findInvite(db: Db, code: string): Promise<{ classRow: ClassRow; role: ClassRole } | undefined> {
  const { rows } = await db.query("SELECT id, name, student_code, instructor_code, created_at FROM classes WHERE student_code = $1 OR instructor_code = $1", [code]);
  if (!rows[0]) return undefined;
  const classRow = classOf(rows[0]);
  return { classRow, role: classRow.instructorCode === code ? "instructor" : "student" };
}

/**
 * Puts a user in a class. A student also gets their isolated sandbox account, recorded on the
 * server: `studentSandboxAccount(userId)`, the same one a team-mode deploy of theirs from the
 * CLI goes to (server/jobs/team.ts). The column is unique: two students never share one.
 */
export async function joinClass(db: Db, userId: string, classId: string, role: ClassRole, now = Date.now()): Promise<void> {
  await db.query("INSERT INTO class_members (user_id, class_id, role, joined_at) VALUES ($1, $2, $3, $4)", [userId, classId, role, now]);
  if (role !== "student") return;
  await db.query("INSERT INTO student_credentials (user_id, sandbox_account_id) VALUES ($1, $2)", [userId, studentSandboxAccount(userId)]);
}

/** A user's class membership with their name, or undefined for an account in no class. */
export async function memberOf(db: Db, userId: string): Promise<Member | undefined> {
  const { rows } = await db.query(`SELECT m.user_id, m.class_id, m.role, u.name, u.email FROM class_members m JOIN "auth_user" u ON u.id = m.user_id WHERE m.user_id = $1`, [userId]);
  return rows[0] ? memberRow(rows[0]) : undefined;
}

/** The students of a class, by name. */
export async function studentsOf(db: Db, classId: string): Promise<Member[]> {
  const { rows } = await db.query(`SELECT m.user_id, m.class_id, m.role, u.name, u.email FROM class_members m JOIN "auth_user" u ON u.id = m.user_id WHERE m.class_id = $1 AND m.role = 'student' ORDER BY u.name, u.email`, [classId]);
  return rows.map(memberRow);
}

/** Records that a deployment is `userId`'s (in their class), when it is created. */
export async function recordOwner(db: Db, deploymentId: string, member: Pick<Member, "userId" | "classId">, now = Date.now()): Promise<void> {
  await db.query("INSERT INTO class_deployments (deployment_id, user_id, class_id, created_at) VALUES ($1, $2, $3, $4)", [deploymentId, member.userId, member.classId, now]);
}

/** Who a deployment belongs to, or undefined for one no account created (the CLI's). */
export async function ownerOf(db: Db, deploymentId: string): Promise<{ userId: string; classId: string } | undefined> {
  const { rows } = await db.query<{ user_id: string; class_id: string }>("SELECT user_id, class_id FROM class_deployments WHERE deployment_id = $1", [deploymentId]);
  return rows[0] ? { userId: rows[0].user_id, classId: rows[0].class_id } : undefined;
}

/** The deployment ids of one student (newest first), or of a whole class by student. */
export async function deploymentIdsOf(db: Db, filter: { userId: string } | { classId: string }): Promise<Array<{ deploymentId: string; userId: string }>> {
  const [column, value] = "userId" in filter ? ["user_id", filter.userId] : ["class_id", filter.classId];
  const { rows } = await db.query<{ deployment_id: string; user_id: string }>(`SELECT deployment_id, user_id FROM class_deployments WHERE ${column} = $1 ORDER BY created_at DESC, deployment_id`, [value]);
  return rows.map((r) => ({ deploymentId: r.deployment_id, userId: r.user_id }));
}

/** The sandbox account configured for a student, or undefined (an instructor has none). */
export async function sandboxAccountOf(db: Db, userId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ sandbox_account_id: string }>("SELECT sandbox_account_id FROM student_credentials WHERE user_id = $1", [userId]);
  return rows[0]?.sandbox_account_id;
}

/** Stores a reminder for a student; it shows on their next page load or poll until dismissed. */
export async function sendReminder(db: Db, input: { classId: string; fromUserId: string; toUserId: string; deploymentId?: string; message: string }, now = Date.now()): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    "INSERT INTO reminders (class_id, to_user_id, from_user_id, deployment_id, message, sent_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [input.classId, input.toUserId, input.fromUserId, input.deploymentId ?? null, input.message, now],
  );
  return rows[0]!.id;
}

/** A student's unread reminders, oldest first. */
export async function unreadReminders(db: Db, userId: string): Promise<Reminder[]> {
  const { rows } = await db.query(`SELECT r.id, u.name AS from_name, r.deployment_id, r.message, r.sent_at FROM reminders r JOIN "auth_user" u ON u.id = r.from_user_id WHERE r.to_user_id = $1 AND r.read_at IS NULL ORDER BY r.sent_at, r.id`, [userId]);
  return rows.map((r) => ({ id: Number(r.id), fromName: r.from_name, ...(r.deployment_id ? { deploymentId: r.deployment_id } : {}), message: r.message, sentAt: Number(r.sent_at) }));
}

/** Marks a reminder read; only its addressee can (false for anyone else's or an unknown id). */
export async function dismissReminder(db: Db, userId: string, reminderId: number, now = Date.now()): Promise<boolean> {
  const { rowCount } = await db.query("UPDATE reminders SET read_at = $3 WHERE id = $1 AND to_user_id = $2 AND read_at IS NULL", [reminderId, userId, now]);
  return rowCount === 1;
}

function classOf(r: { id: string; name: string; student_code: string; instructor_code: string; created_at: number | string }): ClassRow {
  return { id: r.id, name: r.name, studentCode: r.student_code, instructorCode: r.instructor_code, createdAt: Number(r.created_at) };
}

function memberRow(r: { user_id: string; class_id: string; role: ClassRole; name: string; email: string }): Member {
  return { userId: r.user_id, classId: r.class_id, role: r.role, name: r.name, email: r.email };
}
