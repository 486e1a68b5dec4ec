import "server-only";
import type { StepOutputs } from "../../../lib/deploy/types";
import type { Step } from "../../../lib/plan/types";
import type { ResolvedInputs } from "../../engine/resolve";
import type { AwsPort } from "../port";
import type { Timing } from "../timing";
import type { WaitOptions } from "../wait";

/** What a provider may know about the run it works for. */
export type ProviderContext = {
  port: AwsPort;
  step: Step;
  deploymentId: string;
  designName: string;
  /** Deterministic per deployment and step (≤ 64 ASCII characters), so a retry reuses it. */
  clientToken: string;
  signal: AbortSignal;
  /** Wait settings for a slow transition, scaled to the target. */
  wait(kind: keyof Timing["waits"]): WaitOptions;
  /** An image id RunInstances accepts in this region for the design's image choice. */
  resolveImage(choice: string): Promise<string>;
  /** Deletes only: issue the delete and return without waiting for AWS to finish it (the lab note's way). */
  skipWaits?: boolean;
};

/** What a delete knows about a created resource: its AWS id and the attributes its create recorded. */
export type DeleteTarget = { awsId: string; attributes: Record<string, string> };

/**
 * One resource kind, both directions. Providers translate inputs into port calls and answers
 * into outputs; ordering, retries and journaling are the engine's.
 * - `find`: the resource this step would create, if it exists already (tagged with this
 *   deployment and logical id, or otherwise recognisably ours): adopted instead of re-created.
 * - `create`: make it. May throw ambiguous errors; the engine looks (`find`) before retrying.
 * - `ready`: wait until usable (NAT available, instance running) and fill in late attributes.
 * - `delete`: remove it and, unless `skipWaits`, wait until AWS has (terminated, deleted, its
 *   interfaces released); "not found" counts as done. Returns `{ result }` for the checklist.
 * Kinds that exist only in one direction (a wait, a setting) leave the other out.
 */
export type Provider = {
  find?(inputs: ResolvedInputs, ctx: ProviderContext): Promise<StepOutputs | undefined>;
  create?(inputs: ResolvedInputs, ctx: ProviderContext): Promise<StepOutputs>;
  ready?(outputs: StepOutputs, inputs: ResolvedInputs, ctx: ProviderContext): Promise<StepOutputs>;
  delete?(target: DeleteTarget, ctx: ProviderContext): Promise<StepOutputs>;
};
