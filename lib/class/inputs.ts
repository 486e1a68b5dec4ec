import { z } from "zod";
import { DeploymentIdSchema } from "../actions/inputs";
import { InviteCodeSchema } from "./invite-code";

/**
 * The inputs of the account and class actions (team mode). Each is a public POST endpoint:
 * parsed here, field by field, with a message that names what is allowed.
 */

const EmailSchema = z.string().trim().toLowerCase().max(254, "an email address is at most 254 characters").pipe(z.email("an email address such as kim@example.com"));
const PasswordSchema = z.string().min(8, "a password has at least 8 characters").max(128, "a password has at most 128 characters");
/** A person's or a class's display name: 1–80 characters, no control characters. */
const NameSchema = z.string().trim().min(1, "a name is 1 to 80 characters").max(80, "a name is 1 to 80 characters").regex(/^[^\p{Cc}]*$/u, "a name has no control characters");

export const SignInInputSchema = z.strictObject({ email: EmailSchema, password: PasswordSchema });
export const SignUpInputSchema = z.strictObject({ name: NameSchema, email: EmailSchema, password: PasswordSchema, inviteCode: InviteCodeSchema });
export type SignUpInput = z.infer<typeof SignUpInputSchema>;

export const ClassNameSchema = NameSchema;

/** A reminder from the instructor to one student, optionally about one deployment. */
export const ReminderInputSchema = z.strictObject({
  studentId: z.string().min(1).max(64),
  deploymentId: DeploymentIdSchema.optional(),
  message: z.string().trim().min(1, "a reminder is 1 to 500 characters").max(500, "a reminder is 1 to 500 characters"),
});
export type ReminderInput = z.infer<typeof ReminderInputSchema>;

export const ReminderIdInputSchema = z.strictObject({ reminderId: z.number().int().positive() });
