import "server-only";
import { createHash } from "node:crypto";
import { canonicalDesign, confirmRefusal, requiresConfirmation, type Confirmation, type ConfirmBinding, type ConfirmPolicy, type ConfirmRefusal } from "../../lib/confirm";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import { StepError } from "../aws/errors";
import type { AwsPort } from "../aws/port";
import { sharedConfirmations } from "./shared-store";
import type { ConfirmationStore } from "./token-store";

/** A refused confirmation: `refusal` says what is missing or what changed, in words the browser can translate. */
export class ConfirmationRefused extends StepError {
  constructor(readonly refusal: ConfirmRefusal) {
    super("ConfirmationRefused", refusal.message);
  }
}

/** Where the action goes, the caller's policy (tests may require confirmation on the sandbox) and the store (tests pass their own). */
export type ConfirmContext = { target: Pick<DeploymentTarget, "kind">; policy?: ConfirmPolicy; store?: ConfirmationStore };

/** What a confirmation binds, except the account, which the server always reads itself (STS). */
export type ConfirmFacts = Omit<ConfirmBinding, "accountId">;

/**
 * The confirm step's answer: on a target that needs confirmation, a token bound to exactly these
 * facts; elsewhere "not required". The account id must come from STS, never from the browser.
 */
export async function issueConfirmation(facts: ConfirmFacts, accountId: string, context: ConfirmContext): Promise<Confirmation> {
  if (!requiresConfirmation(context.target, context.policy)) return { isRequired: false };
  const binding: ConfirmBinding = { ...facts, accountId };
  const { token, expiresAt } = await (context.store ?? sharedConfirmations()).issue(binding);
  return { isRequired: true, token, expiresAt, binding };
}

/**
 * The one check before a real-account deploy, sweep or cleanup: passes at once where the target
 * needs no confirmation; otherwise reads the account again (STS), spends the token and throws
 * `ConfirmationRefused` naming what is missing or changed (account, region, design, cost, expiry).
 */
export async function requireConfirmation(port: AwsPort, token: string | undefined, facts: ConfirmFacts, context: ConfirmContext): Promise<void> {
  if (!requiresConfirmation(context.target, context.policy)) return;
  if (!token) throw new ConfirmationRefused(confirmRefusal("missing", { action: facts.action }));
  const { account } = await port.callerIdentity();
  const refusal = await (context.store ?? sharedConfirmations()).redeem(token, { ...facts, accountId: account });
  if (refusal) throw new ConfirmationRefused(refusal);
}

/** `design:<sha256>` of the design without its layout: what a deploy's confirmation is bound to. */
export function designSubject(design: Design): string {
  return `design:${createHash("sha256").update(canonicalDesign(design as unknown as Record<string, unknown>)).digest("hex")}`;
}
