import "server-only";
import type { StepOutputs } from "../../../lib/deploy/types";
import type { Step } from "../../../lib/plan/types";
import type { AwsPort, WaitOptions } from "../port";
import type { ResolvedInputs } from "../../engine/resolve";

/** What a handler may know about the run it works for. */
export type HandlerContext = {
  port: AwsPort;
  step: Step;
  deploymentId: string;
  designName: string;
  /** Deterministic per deployment and step (≤ 64 ASCII characters), so a retry reuses it. */
  clientToken: string;
  signal: AbortSignal;
  /** Wait settings for slow transitions (NAT, instance, ALB), scaled to the target. */
  wait(kind: "nat" | "instance" | "load-balancer"): WaitOptions;
  /** An image id RunInstances accepts in this region for the design's image choice. */
  resolveImage(choice: string): Promise<string>;
};

/** What cleanup knows about a created resource (from `recordedResources`). */
export type DeleteTarget = { awsId?: string; attributes: Record<string, string> };

/**
 * One resource kind. Handlers translate inputs into port calls and answers into outputs;
 * ordering, retries and journaling are the engine's.
 * - `find`: the resource this step would create, if it exists already (tagged with this
 *   deployment and logical id, or otherwise recognisably ours): adopted instead of re-created.
 * - `create`: make it. May throw ambiguous errors; the engine looks (`find`) before retrying.
 * - `ready`: wait until usable (NAT available, instance running) and fill in late attributes.
 * - `delete`: remove it; "not found" counts as done.
 */
export type Handler = {
  find(inputs: ResolvedInputs, ctx: HandlerContext): Promise<StepOutputs | undefined>;
  create(inputs: ResolvedInputs, ctx: HandlerContext): Promise<StepOutputs>;
  ready?(outputs: StepOutputs, inputs: ResolvedInputs, ctx: HandlerContext): Promise<StepOutputs>;
  delete(target: DeleteTarget, ctx: HandlerContext): Promise<void>;
};
