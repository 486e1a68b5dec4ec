/**
 * `vpcd class create NAME` / `vpcd class list` (team mode): the instructor makes a class on
 * the class server's database and gets its two invite codes — one for the students' sign-up
 * page, one for the instructor's own account (and any co-instructor).
 */
import "server-only";
import { ClassNameSchema } from "../../../lib/class";
import { teamPool } from "../../accounts/instance";
import { createClass, listClasses, type ClassRow } from "../../class/class-store";
import type { CommandHelp } from "../format/help";
import { CREDENTIALS_USAGE, runCredentials } from "./class-credentials";

export const help: CommandHelp = {
  usage: ["vpcd class create NAME", "vpcd class list", "vpcd class credentials --class CLASS --student EMAIL (--profile NAME | --role-arn ARN | --clear)"],
  description: "Team mode (VPCD_DATABASE_URL): creates a class and prints its student and instructor invite codes, or lists the classes with their codes, or sets on the server how one student's real-AWS deploys sign (never sent to a browser). Exit 2 for bad input or without a database URL.",
  options: [
    ["--class CLASS", "credentials: the class's id or exact name (vpcd class list)"],
    ["--student EMAIL", "credentials: the email the student signed up with"],
    ["--profile NAME", "credentials: a profile of this server's shared AWS config (~/.aws/config, ~/.aws/credentials)"],
    ["--role-arn ARN", "credentials: an IAM role the server assumes with its own credentials (arn:aws:iam::123456789012:role/NAME)"],
    ["--clear", "credentials: remove them (the student's real-AWS deploys are refused again)"],
  ],
};

const USAGE = `usage: vpcd class create NAME | vpcd class list\n       ${CREDENTIALS_USAGE}\n(team mode: VPCD_DATABASE_URL=postgres://…)`;

export async function run(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb !== "create" && verb !== "list" && verb !== "credentials") return (console.error(USAGE), 2);
  let pool;
  try {
    pool = await teamPool();
  } catch (error) {
    return (console.error(`vpcd class: ${(error as Error).message}`), 2);
  }
  try {
    if (verb === "credentials") return await runCredentials(pool, rest);
    if (verb === "list") {
      const classes = await listClasses(pool);
      if (classes.length === 0) console.log('No classes yet. Create one with: vpcd class create "Cloud 101"');
      for (const c of classes) print(c);
      return 0;
    }
    const name = ClassNameSchema.safeParse(rest.join(" "));
    if (!name.success) return (console.error(`vpcd class create: NAME: ${name.error.issues[0]?.message}\n${USAGE}`), 2);
    const created = await createClass(pool, name.data);
    print(created);
    console.log("Students sign up at <app URL>/sign-up with the student code; sign up yourself with the instructor code.");
    return 0;
  } finally {
    await pool.end();
  }
}

function print(c: ClassRow): void {
  console.log(`${c.name}\n  student invite code:    ${c.studentCode}\n  instructor invite code: ${c.instructorCode}`);
}
