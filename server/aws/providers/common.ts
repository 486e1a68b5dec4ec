import "server-only";
import { ec2TagValue, elbTagValue } from "../../../lib/deploy/tag-values";
import { TAG_DEPLOYMENT, TAG_DESIGN, TAG_INSTALLATION, TAG_LOGICAL_ID, TAG_NAME } from "../../../lib/deploy/tags";
import { installationId } from "../../util/installation-id";
import type { StepOutputs } from "../../../lib/deploy/types";
import type { ResolvedInputs } from "../../engine/resolve";
import { unlessGone } from "../errors";
import { poll } from "../wait";
import type { Timing } from "../timing";
import type { ProviderContext } from "./types";

export type Tag = { Key: string; Value: string };

/**
 * The tags every EC2 resource gets at creation (docs/aws-facts.md §7.4): tagging is atomic with
 * the create, so a tag EC2 refuses fails the create. EC2 takes any text (≤ 256 characters).
 */
export function tagsFor(ctx: ProviderContext, inputs: ResolvedInputs): Tag[] {
  return [
    { Key: TAG_DEPLOYMENT, Value: ctx.deploymentId },
    { Key: TAG_LOGICAL_ID, Value: ctx.step.logicalId },
    { Key: TAG_DESIGN, Value: ec2TagValue(ctx.designName) },
    { Key: TAG_NAME, Value: ec2TagValue(String(inputs.name ?? ctx.step.logicalId)) },
    { Key: TAG_INSTALLATION, Value: installationId() },
  ];
}

/**
 * The same tags for an ELBv2 resource (load balancer, target group, listener): ELBv2 refuses
 * `#`, `(`, `'` and more (docs/aws-facts.md §13.2), so values go through its sanitiser.
 * The deployment and logical-id values are already in ELBv2's set and stay exact, which the
 * cleanup's find-by-tag relies on.
 */
export function elbTagsFor(ctx: ProviderContext, inputs: ResolvedInputs): Tag[] {
  return tagsFor(ctx, inputs).map((tag) => ({ Key: tag.Key, Value: elbTagValue(tag.Value) }));
}

/** `TagSpecifications` for an EC2 create. */
export function tagSpec(resourceType: string, ctx: ProviderContext, inputs: ResolvedInputs) {
  return [{ ResourceType: resourceType as never, Tags: tagsFor(ctx, inputs) }];
}

/** EC2 describe filters that match exactly this deployment's resource for this step. */
export function ownFilters(ctx: ProviderContext) {
  return [
    { Name: `tag:${TAG_DEPLOYMENT}`, Values: [ctx.deploymentId] },
    { Name: `tag:${TAG_LOGICAL_ID}`, Values: [ctx.step.logicalId] },
  ];
}

/** A delete's outcome for the checklist: done now, or found already gone (deleted outside, or by an earlier run). */
export const outcome = (result: unknown): StepOutputs => ({ result: result === "gone" ? "already-gone" : "deleted" });

/** Runs a delete call; a resource already gone counts as deleted. */
export async function deleteCall(call: () => Promise<unknown>): Promise<StepOutputs> {
  return outcome(await unlessGone(call));
}

/** Waits (unless the context skips waits) with the target's teardown patience. */
export async function waitGone<T>(ctx: ProviderContext, what: string, describe: () => Promise<T>, isGone: (result: T) => boolean, kind: keyof Timing["waits"] = "teardown"): Promise<void> {
  if (ctx.skipWaits) return;
  await poll(what, describe, isGone, ctx.wait(kind));
}

/** Drops undefined values so outputs stay `Record<string, string>`. */
export function outputs(values: Record<string, string | undefined | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The string input `key`; a missing one is a plan bug, reported as such. */
export function str(inputs: ResolvedInputs, key: string): string {
  const value = Object.hasOwn(inputs, key) ? inputs[key] : undefined;
  if (typeof value !== "string" && typeof value !== "number") throw new Error(`step input ${key} is missing`);
  return String(value);
}
