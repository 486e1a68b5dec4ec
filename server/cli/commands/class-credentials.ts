/**
 * `vpcd class credentials --class CLASS --student EMAIL --profile NAME | --role-arn ARN | --clear`
 * (team mode): the instructor sets, on the server, how one student's real-AWS deployments
 * sign. The profile is one of this server's shared AWS config (~/.aws/config, credentials);
 * the role is assumed with the server's default credentials. Nothing reaches a browser.
 */
import "server-only";
import { parseArgs } from "node:util";
import type pg from "pg";
import { z } from "zod";
import { StudentCredentialsInputSchema, type StudentCredentialsInput } from "../../../lib/class";
import { listClasses } from "../../class/class-store";
import { setStudentCredentials, studentByEmail } from "../../class/credentials-store";

export const CREDENTIALS_USAGE = "usage: vpcd class credentials --class CLASS --student EMAIL (--profile NAME | --role-arn ARN | --clear)";

const ArgsSchema = z.strictObject({
  class: z.string({ error: "--class: the class's id or name (see vpcd class list)" }).trim().min(1, "--class: the class's id or name (see vpcd class list)"),
  student: z.string({ error: "--student: the student's sign-up email" }).trim().toLowerCase().pipe(z.email("--student: the student's sign-up email, such as kim@example.com")),
});

/** Parses the flags: exactly one of --profile, --role-arn, --clear; a message naming the flag otherwise. */
export function parseCredentialsArgs(args: string[]): { ok: true; value: { classRef: string; email: string; set: StudentCredentialsInput } } | { ok: false; message: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args, strict: true, options: { class: { type: "string" }, student: { type: "string" }, profile: { type: "string" }, "role-arn": { type: "string" }, clear: { type: "boolean" } } }).values;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const base = ArgsSchema.safeParse({ class: values.class, student: values.student });
  if (!base.success) return { ok: false, message: base.error.issues[0]!.message };
  const chosen = [values.profile !== undefined, values["role-arn"] !== undefined, values.clear === true].filter(Boolean).length;
  if (chosen !== 1) return { ok: false, message: "give exactly one of --profile NAME, --role-arn ARN or --clear" };
  const raw = values.clear ? { clear: true } : values.profile !== undefined ? { profile: values.profile } : { roleArn: values["role-arn"] };
  const set = StudentCredentialsInputSchema.safeParse(raw);
  if (!set.success) return { ok: false, message: `${values.profile !== undefined ? "--profile" : "--role-arn"}: ${set.error.issues.at(-1)?.message}` };
  return { ok: true, value: { classRef: base.data.class, email: base.data.student, set: set.data } };
}

/** Runs the verb on the team pool: 0 when stored, 2 for bad input or an unknown class or student. */
export async function runCredentials(pool: pg.Pool, args: string[]): Promise<number> {
  const parsed = parseCredentialsArgs(args);
  if (!parsed.ok) return (console.error(`vpcd class credentials: ${parsed.message}\n${CREDENTIALS_USAGE}`), 2);
  const { classRef, email, set } = parsed.value;
  const classes = (await listClasses(pool)).filter((c) => c.id === classRef || c.name === classRef);
  if (classes.length !== 1) return (console.error(`vpcd class credentials: --class: ${classes.length === 0 ? "no class has" : "more than one class has"} the id or name ${classRef} (see vpcd class list)`), 2);
  const student = await studentByEmail(pool, classes[0]!.id, email);
  if (!student) return (console.error(`vpcd class credentials: --student: no student of ${classes[0]!.name} signed up with ${email}`), 2);
  await setStudentCredentials(pool, student.userId, "clear" in set ? undefined : set);
  const what = "profile" in set ? `the server's AWS profile "${set.profile}"` : "roleArn" in set ? `the role ${set.roleArn} (assumed with the server's credentials)` : "no real-AWS credentials (real-AWS deploys are refused)";
  console.log(`${student.name} <${student.email}> in ${classes[0]!.name}: deploys to AWS use ${what}.`);
  return 0;
}
