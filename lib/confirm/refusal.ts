import { shownRate, type ConfirmBinding } from "./binding";

/**
 * Why the server refused a token: each reason names what is missing or what changed. `key` and
 * `params` let the browser say it in the reader's language; `message` is the English (CLI, logs).
 */
export type ConfirmRefusal = { key: ConfirmRefusalKey; params: Record<string, string | number>; message: string };

/** English text of every refusal; the catalogues (deploy.confirmation.refused) carry the same keys. */
export const CONFIRM_REFUSALS_EN = {
  missing: "This {action} needs a confirmation from the confirm step: confirm it first (account, region and cost), then try again.",
  unknown: "The confirmation is not one this server issued (or the server restarted since): confirm again.",
  used: "The confirmation was already used once: confirm again for another {action}.",
  expired: "The confirmation expired ({minutes} minutes after it was given): confirm again.",
  action: "The confirmation was for a {confirmed}, not a {action}: confirm this {action} itself.",
  account: "The credentials now belong to AWS account {current}; you confirmed account {confirmed}. Confirm again with the account you mean.",
  region: "You confirmed region {confirmed}, but this {action} is for {current}: confirm again.",
  design: "The design changed since you confirmed it: check the plan and confirm again.",
  subject: "You confirmed {confirmed}, but this {action} is for {current}: confirm again.",
  cost: "The cost changed since you confirmed it (${confirmed}/h then, ${current}/h now): confirm again.",
} as const;

export type ConfirmRefusalKey = keyof typeof CONFIRM_REFUSALS_EN;

/**
 * A refusal with its English text filled in.
 *
 * @example confirmRefusal("expired", { minutes: 10 }).message === "The confirmation expired (10 minutes after it was given): confirm again."
 */
export function confirmRefusal(key: ConfirmRefusalKey, params: Record<string, string | number> = {}): ConfirmRefusal {
  const message = CONFIRM_REFUSALS_EN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
  return { key, params, message };
}

/**
 * Compares what was confirmed with what the server reads now; the first difference is the
 * refusal (the action first: a deploy's token never opens a sweep), or null when they agree.
 *
 * @example compareBinding(b, { ...b, accountId: "999" })?.key === "account"
 */
export function compareBinding(confirmed: ConfirmBinding, current: ConfirmBinding): ConfirmRefusal | null {
  const action = current.action;
  if (confirmed.action !== action) return confirmRefusal("action", { confirmed: confirmed.action, action });
  if (confirmed.accountId !== current.accountId) return confirmRefusal("account", { confirmed: confirmed.accountId, current: current.accountId, action });
  if (confirmed.region !== current.region) return confirmRefusal("region", { confirmed: confirmed.region, current: current.region, action });
  if (confirmed.subject !== current.subject) {
    return current.subject.startsWith("design:") ? confirmRefusal("design", { action }) : confirmRefusal("subject", { confirmed: subjectText(confirmed.subject), current: subjectText(current.subject), action });
  }
  if (shownRate(confirmed.usdPerHour) !== shownRate(current.usdPerHour)) return confirmRefusal("cost", { confirmed: shownRate(confirmed.usdPerHour), current: shownRate(current.usdPerHour), action });
  return null;
}

const subjectText = (subject: string) => subject.replace(/^deployments:/, "");
