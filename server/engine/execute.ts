import "server-only";
import type { StepOutputs } from "../../lib/deploy/types";
import type { Step } from "../../lib/plan/types";
import type { AwsPort } from "../aws/port";
import { clientToken } from "../aws/client-token";
import { StepError, errorCode, isAbort, isAmbiguous, isNotFound, isThrottling } from "../aws/errors";
import type { Handler, HandlerContext } from "../aws/providers/types";
import type { ResolvedInputs } from "./resolve";
import { backoffMs, type Timing } from "../aws/timing";
import type { Execute } from "./walk";

export type ExecuteEnv = {
  port: AwsPort;
  handlers: Record<string, Handler>;
  designName: string;
  timing: Timing;
  resolveImage(choice: string): Promise<string>;
  /** Called with a short line for the deployment log (adoptions, retries). */
  log?(stepId: string, line: string): void;
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new StepError("Aborted", "The deployment was stopped before this step finished.", true);
}

/** Worth another attempt: the call did not happen, may have happened, or hit eventual consistency. */
const isTransient = (error: unknown) => isThrottling(error) || isAmbiguous(error) || isNotFound(error);

/** For deletes, also DependencyViolation: what blocks it is usually on its way out (AWS-RULES §8.2). */
const isTransientDelete = (error: unknown) => isThrottling(error) || isAmbiguous(error) || ["DependencyViolation", "InvalidGroup.InUse", "ResourceInUse"].includes(errorCode(error));

/**
 * Runs `attempt` until it succeeds, retrying transient failures with backoff until the
 * timing's deadline. Each attempt starts by looking (the callers put `find` first), so a
 * retry after a lost response adopts instead of duplicating.
 */
async function withRecovery<T>(env: ExecuteEnv, step: Step, signal: AbortSignal, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + env.timing.retryDeadlineMs;
  const retryable = step.action === "delete" ? isTransientDelete : isTransient;
  for (let n = 0; ; n++) {
    throwIfAborted(signal);
    try {
      return await attempt();
    } catch (error) {
      if (isAbort(error) || !retryable(error) || Date.now() > deadline) throw error;
      env.log?.(step.id, `retrying after ${errorCode(error)}`);
      await sleep(backoffMs(env.timing, n), signal);
    }
  }
}

/**
 * The `execute` for `walk`: per create step, find-by-tag and adopt, else create; then wait
 * until ready. A `delete` step calls the kind's `delete` (NotFound counts as done) and retries
 * DependencyViolation with backoff until the deadline. Stops between AWS calls when aborted.
 */
export function makeExecute(env: ExecuteEnv): Execute {
  return async (step, inputs, { signal, deploymentId }) => {
    const handler = env.handlers[step.kind];
    if (!handler) throw new StepError("UnknownStepKind", `no handler for ${step.kind}`);
    const ctx: HandlerContext = {
      port: stopsBetweenCalls(env.port, signal),
      step,
      deploymentId,
      designName: env.designName,
      clientToken: clientToken(deploymentId, step.id),
      signal,
      wait: (kind) => ({ ...env.timing.waits[kind], signal }),
      resolveImage: env.resolveImage,
    };
    if (step.action === "delete") {
      // A delete step's inputs name what to remove: `awsId` and the recorded `attributes`.
      const target = { awsId: typeof inputs.awsId === "string" ? inputs.awsId : undefined, attributes: (inputs.attributes ?? {}) as Record<string, string> };
      await withRecovery(env, step, signal, () => handler.delete(target, ctx));
      return {};
    }
    const created = await withRecovery(env, step, signal, () => findOrCreate(handler, inputs, ctx, env));
    if (!handler.ready) return created;
    return withRecovery(env, step, signal, () => handler.ready!(created, inputs, ctx));
  };
}

/** The port, refusing to start a new AWS call once the signal aborts (a call in flight finishes). */
function stopsBetweenCalls(port: AwsPort, signal: AbortSignal): AwsPort {
  const guard = <T>(call: () => Promise<T>) => {
    throwIfAborted(signal);
    return call();
  };
  return {
    ec2: (action, input, options) => guard(() => port.ec2(action, input, options)),
    elb: (action, input, options) => guard(() => port.elb(action, input, options)),
    callerIdentity: () => guard(() => port.callerIdentity()),
    waitNatGatewayAvailable: (id, wait) => guard(() => port.waitNatGatewayAvailable(id, wait)),
    waitInstanceRunning: (id, wait) => guard(() => port.waitInstanceRunning(id, wait)),
    waitLoadBalancerAvailable: (arn, wait) => guard(() => port.waitLoadBalancerAvailable(arn, wait)),
    get calls() {
      return port.calls;
    },
    close: () => port.close(),
  };
}

async function findOrCreate(handler: Handler, inputs: ResolvedInputs, ctx: HandlerContext, env: ExecuteEnv): Promise<StepOutputs> {
  const existing = await handler.find(inputs, ctx);
  if (existing) {
    env.log?.(ctx.step.id, "found by tag; adopted");
    return existing;
  }
  throwIfAborted(ctx.signal);
  return handler.create(inputs, ctx);
}
