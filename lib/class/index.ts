/** Team mode's classes as data: invite codes, action inputs, what still costs money. */
export { formatInviteCode, INVITE_ALPHABET, InviteCodeSchema, normalizeInviteCode } from "./invite-code";
export { ClassNameSchema, ReminderIdInputSchema, ReminderInputSchema, SignInInputSchema, SignUpInputSchema, type ReminderInput, type SignUpInput } from "./inputs";
export { AwsProfileSchema, RoleArnSchema, StudentCredentialsInputSchema, type StudentAwsCredentials, type StudentCredentialsInput } from "./credentials";
export { runningCost, type RunningCost } from "./running-cost";
export type { AccountSummary, ClassRole, Reminder, Roster, RosterDeployment, RosterStudent } from "./types";
