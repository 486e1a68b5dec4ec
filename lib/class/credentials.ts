import { z } from "zod";

/**
 * How a student's real-AWS deployments authenticate, configured by the instructor on the
 * server (never in a browser): a named profile of the server's shared AWS config (which may
 * itself assume a role, use SSO or hold keys), or a role ARN the server assumes with its own
 * credentials. docs/aws-facts.md §19.
 */
export type StudentAwsCredentials = { profile: string } | { roleArn: string };

/** A shared-config profile name: letters, digits and `_.+=,@-`, 1 to 64 characters. */
export const AwsProfileSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.+=,@-]{1,64}$/, "a profile name is 1 to 64 letters, digits or _.+=,@- (as in ~/.aws/config [profile NAME])");

/**
 * An IAM role ARN: `arn:<partition>:iam::<12-digit account>:role/<optional path/>name`, the role
 * name 1 to 64 of `\w+=,.@-` (docs/aws-facts.md §19).
 *
 * @example RoleArnSchema.parse("arn:aws:iam::123456789012:role/lab/student-ana")
 */
export const RoleArnSchema = z
  .string()
  .trim()
  .regex(/^arn:aws(-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/, "a role ARN such as arn:aws:iam::123456789012:role/student-ana");

/** What the instructor sets for one student (the CLI's `--profile` / `--role-arn` / `--clear`). */
export const StudentCredentialsInputSchema = z.union([
  z.strictObject({ profile: AwsProfileSchema }),
  z.strictObject({ roleArn: RoleArnSchema }),
  z.strictObject({ clear: z.literal(true) }),
]);
export type StudentCredentialsInput = z.infer<typeof StudentCredentialsInputSchema>;
