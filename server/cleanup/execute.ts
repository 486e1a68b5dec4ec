import "server-only";
import type { StepOutputs } from "../../lib/deploy/types";
import type { Step } from "../../lib/plan/types";
import type { AwsClients } from "../aws/clients";
import { errorCode, StepError } from "../aws/errors";
import type { Execute } from "../engine/walk";
import { findBlockers } from "./blockers";
import { isDependency } from "../aws/cleanup-errors";
import type { CleanupListener } from "./events";
import type { OpContext } from "../aws/providers/delete-context";
import { deleteNatGateway, deleteRouteTable, detachInternetGateway, releaseAddress, simpleDelete, terminateInstance } from "../aws/providers/delete-ec2";
import { deleteListener, deleteLoadBalancer, deleteTargetGroup, waitLoadBalancerEnis } from "../aws/providers/delete-elb";
import { revokeGroupReferences } from "../aws/providers/delete-sg-references";
import { sleep } from "../aws/poll-until";
import type { TeardownTiming } from "../aws/cleanup-timing";

type Op = (awsId: string, ctx: OpContext) => Promise<StepOutputs>;

const OPS: Record<string, Op> = {
  listener: deleteListener,
  "load-balancer": deleteLoadBalancer,
  "load-balancer-enis": waitLoadBalancerEnis,
  "target-group": deleteTargetGroup,
  instance: terminateInstance,
  "nat-gateway": deleteNatGateway,
  "elastic-ip": releaseAddress,
  "security-group-references": revokeGroupReferences,
  "security-group": (id, ctx) => simpleDelete("security-group", id, ctx),
  "route-table": deleteRouteTable,
  subnet: (id, ctx) => simpleDelete("subnet", id, ctx),
  "internet-gateway-attachment": detachInternetGateway,
  "internet-gateway": (id, ctx) => simpleDelete("internet-gateway", id, ctx),
  vpc: (id, ctx) => simpleDelete("vpc", id, ctx),
};

export type ExecutorOptions = {
  clients: AwsClients;
  timing: TeardownTiming;
  /** AWS id → design name, to name blockers. */
  logicalIds: ReadonlyMap<string, string>;
  onEvent: CleanupListener;
  /** Issue each delete without waiting for AWS to finish it (only to show why waits matter). */
  skipWaits?: boolean;
};

/**
 * The cleanup step executor for `walk`. Each step runs its delete (already gone counts as
 * deleted). When AWS refuses because something still depends on the resource, it finds and
 * names the blocker, reports it (the diagram marks the node "blocked"), and retries with
 * exponential backoff until the step's deadline.
 */
export function cleanupExecutor(options: ExecutorOptions): Execute {
  return async (step, _inputs, { signal }) => {
    const op = OPS[step.kind];
    if (!op) throw new StepError("UnknownStep", `cleanup has no operation for ${step.kind}`);
    const awsId = String(step.inputs.awsId);
    const ctx: OpContext = { clients: options.clients, timing: options.timing, signal, skipWaits: options.skipWaits };
    options.onEvent({ type: "step-started", stepId: step.id, logicalId: step.logicalId, at: Date.now() });
    try {
      const outputs = await withDependencyRetry(step, () => op(awsId, ctx), awsId, options, signal);
      options.onEvent({ type: "step-done", stepId: step.id, logicalId: step.logicalId, result: outputs.result ?? "done", at: Date.now() });
      return outputs;
    } catch (error) {
      options.onEvent({ type: "step-failed", stepId: step.id, logicalId: step.logicalId, code: errorCode(error), message: (error as Error).message, at: Date.now() });
      throw error;
    }
  };
}

async function withDependencyRetry(step: Step, run: () => Promise<StepOutputs>, awsId: string, options: ExecutorOptions, signal: AbortSignal): Promise<StepOutputs> {
  const started = Date.now();
  let delay = options.timing.retryBaseMs;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isDependency(error)) throw error;
      const blockers = await findBlockers(options.clients, step.kind, awsId, options.logicalIds);
      const code = errorCode(error);
      if (Date.now() - started + delay > options.timing.deadlineMs) {
        const names = blockers.map((b) => b.text).join("; ") || "nothing more found to name";
        throw new StepError(code, `${(error as Error).message} — still blocked by: ${names}`, true);
      }
      options.onEvent({ type: "blocked", stepId: step.id, logicalId: step.logicalId, code, message: (error as Error).message, blockers, retryInMs: delay, at: Date.now() });
      await sleep(delay, signal);
      delay = Math.min(options.timing.retryMaxMs, delay * 2);
    }
  }
}
