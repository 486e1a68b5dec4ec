import "server-only";
import { TAG_DEPLOYMENT, TAG_DESIGN, TAG_LOGICAL_ID, TAG_NAME } from "../../../lib/deploy/tags";
import type { ResolvedInputs } from "../../engine/resolve";
import { isNotFound } from "../errors";
import type { HandlerContext } from "./types";

export type Tag = { Key: string; Value: string };

/** The four tags every resource gets at creation (AWS-RULES §7.4): tagging is atomic with the create. */
export function tagsFor(ctx: HandlerContext, inputs: ResolvedInputs): Tag[] {
  return [
    { Key: TAG_DEPLOYMENT, Value: ctx.deploymentId },
    { Key: TAG_LOGICAL_ID, Value: ctx.step.logicalId },
    { Key: TAG_DESIGN, Value: ctx.designName.slice(0, 256) },
    { Key: TAG_NAME, Value: String(inputs.name ?? ctx.step.logicalId).slice(0, 256) },
  ];
}

/** `TagSpecifications` for an EC2 create. */
export function tagSpec(resourceType: string, ctx: HandlerContext, inputs: ResolvedInputs) {
  return [{ ResourceType: resourceType as never, Tags: tagsFor(ctx, inputs) }];
}

/** EC2 describe filters that match exactly this deployment's resource for this step. */
export function ownFilters(ctx: HandlerContext) {
  return [
    { Name: `tag:${TAG_DEPLOYMENT}`, Values: [ctx.deploymentId] },
    { Name: `tag:${TAG_LOGICAL_ID}`, Values: [ctx.step.logicalId] },
  ];
}

/** Runs a delete; a resource that is already gone counts as deleted. */
export async function deleteIgnoringNotFound(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Drops undefined values so outputs stay `Record<string, string>`. */
export function outputs(values: Record<string, string | undefined | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The string input `key`; a missing one is a plan bug, reported as such. */
export function str(inputs: ResolvedInputs, key: string): string {
  const value = inputs[key];
  if (typeof value !== "string" && typeof value !== "number") throw new Error(`step input ${key} is missing`);
  return String(value);
}
