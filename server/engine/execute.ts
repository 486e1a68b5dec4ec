import "server-only";
import type { StepOutputs } from "../../lib/deploy/types";
import type { Step } from "../../lib/plan/types";
import { clientToken } from "../aws/client-token";
import { errorCode, fatalForWaiting, isAbort, isAmbiguous, isDependency, isNotFound, isThrottling, StepError } from "../aws/errors";
import { findBlockers } from "../aws/inventory/blockers";
import type { AwsPort } from "../aws/port";
import { providerFor, type Provider, type ProviderContext } from "../aws/providers";
import { backoffMs, type Timing } from "../aws/timing";
import { aborted, sleep } from "../aws/wait";
import type { ResolvedInputs } from "./resolve";
import type { StepListener } from "./step-events";
import type { Execute } from "./walk";

export type ExecuteEnv = {
  port: AwsPort;
  /** Which way the plan goes: a create plan finds or creates, a destroy plan deletes. */
  direction: "create" | "destroy";
  designName: string;
  timing: Timing;
  /** Create plans: an image id for the design's image choice. */
  resolveImage?(choice: string): Promise<string>;
  /** Called with a short line for the deployment log (adoptions, retries). */
  log?(stepId: string, line: string): void;
  /** Destroy plans: started / blocked (with who blocks) / done / failed, for the checklist and the diagram. */
  onEvent?: StepListener;
  /** Destroy plans: AWS id → design name, to name blockers. */
  logicalIds?: ReadonlyMap<string, string>;
  /** Destroy plans: issue each delete without waiting for AWS to finish it (only to show why waits matter). */
  skipWaits?: boolean;
  /** Tests replace providers to inject behaviour; the default is every kind's real provider. */
  providers?: Readonly<Record<string, Provider>>;
};

/** Worth another attempt: the call did not happen, may have happened, or hit eventual consistency. */
const isTransient = (error: unknown) => isThrottling(error) || isAmbiguous(error) || isNotFound(error);

/**
 * The `execute` for `walk`, both directions, one policy each:
 * - create: find by tag and adopt, else create; then wait until ready. Transient errors are
 *   retried with jittered backoff until the timing's deadline; each retry looks first, so a
 *   lost response is adopted, never duplicated.
 * - destroy: the kind's delete (already gone counts as done). Throttling and lost responses
 *   are retried the same way; DependencyViolation is retried with its own backoff while the
 *   blockers are named (the diagram marks the node "blocked"), until the dependency deadline.
 * Either way, expired credentials and AccessDenied end the step at once with advice, and the
 * run stops between AWS calls when aborted.
 */
export function makeExecute(env: ExecuteEnv): Execute {
  return async (step, inputs, { signal, deploymentId }) => {
    const provider = providerFor(step.kind, env.providers);
    if (!provider) throw new StepError("UnknownStepKind", `no provider for ${step.kind}`);
    const ctx: ProviderContext = {
      port: stopsBetweenCalls(env.port, signal),
      step,
      deploymentId,
      designName: env.designName,
      clientToken: clientToken(deploymentId, step.id),
      signal,
      wait: (kind) => ({ ...env.timing.waits[kind], signal }),
      resolveImage: env.resolveImage ?? (() => Promise.reject(new StepError("NoImageResolver", "this run creates no instances"))),
      skipWaits: env.skipWaits,
    };
    if (env.direction === "destroy") return destroyStep(env, provider, step, inputs, ctx);
    if (!provider.create) throw new StepError("UnknownStepKind", `${step.kind} cannot be created`);
    const created = await withRecovery(env, step, signal, () => findOrCreate(provider, inputs, ctx, env));
    if (!provider.ready) return created;
    return withRecovery(env, step, signal, () => provider.ready!(created, inputs, ctx));
  };
}

/** A destroy step's inputs name what to remove: `awsId` and the attributes its create recorded. */
async function destroyStep(env: ExecuteEnv, provider: Provider, step: Step, inputs: ResolvedInputs, ctx: ProviderContext): Promise<StepOutputs> {
  if (!provider.delete) throw new StepError("UnknownStep", `cleanup has no operation for ${step.kind}`);
  const { awsId, ...rest } = inputs;
  const attributes = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === "string"));
  const target = { awsId: String(awsId), attributes };
  const emit = env.onEvent ?? (() => {});
  emit({ type: "step-started", stepId: step.id, logicalId: step.logicalId, at: Date.now() });
  try {
    const outputs = await withDependencyRetry(env, step, target.awsId, ctx.signal, () => withRecovery(env, step, ctx.signal, () => provider.delete!(target, ctx)));
    emit({ type: "step-done", stepId: step.id, logicalId: step.logicalId, result: outputs.result ?? "done", at: Date.now() });
    return outputs;
  } catch (error) {
    emit({ type: "step-failed", stepId: step.id, logicalId: step.logicalId, code: errorCode(error), message: (error as Error).message, at: Date.now() });
    throw error;
  }
}

/**
 * Runs `attempt` until it succeeds, retrying transient failures with backoff until the
 * timing's deadline. Each create attempt starts by looking (`find` first), so a retry after a
 * lost response adopts instead of duplicating.
 */
async function withRecovery<T>(env: ExecuteEnv, step: Step, signal: AbortSignal, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + env.timing.retryDeadlineMs;
  const retryable = env.direction === "destroy" ? (e: unknown) => isThrottling(e) || isAmbiguous(e) : isTransient;
  for (let n = 0; ; n++) {
    if (signal.aborted) throw aborted();
    try {
      return await attempt();
    } catch (error) {
      const fatal = fatalForWaiting(error);
      if (fatal) throw fatal;
      if (isAbort(error) || !retryable(error) || Date.now() > deadline) throw error;
      env.log?.(step.id, `retrying after ${errorCode(error)}`);
      await sleep(backoffMs(env.timing, n), signal);
    }
  }
}

/**
 * A delete AWS refuses because something still depends on the resource (docs/aws-facts.md
 * §8.2): names the blocker (AWS never says), reports it, and retries with exponential backoff
 * until the dependency deadline, then fails with the blockers in the message.
 */
async function withDependencyRetry(env: ExecuteEnv, step: Step, awsId: string, signal: AbortSignal, run: () => Promise<StepOutputs>): Promise<StepOutputs> {
  const started = Date.now();
  let delay = env.timing.dependency.baseMs;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isDependency(error)) throw error;
      const blockers = await findBlockers(env.port, step.kind, awsId, env.logicalIds ?? new Map());
      const code = errorCode(error);
      if (Date.now() - started + delay > env.timing.dependency.deadlineMs) {
        const names = blockers.map((b) => b.text).join("; ") || "nothing more found to name";
        throw new StepError(code, `${(error as Error).message} — still blocked by: ${names}`, true);
      }
      env.onEvent?.({ type: "blocked", stepId: step.id, logicalId: step.logicalId, code, message: (error as Error).message, blockers, retryInMs: delay, at: Date.now() });
      await sleep(delay, signal);
      delay = Math.min(env.timing.dependency.maxMs, delay * 2);
    }
  }
}

/** The port, refusing to start a new AWS call once the signal aborts (a call in flight finishes). */
function stopsBetweenCalls(port: AwsPort, signal: AbortSignal): AwsPort {
  const guard = <T>(call: () => Promise<T>) => {
    if (signal.aborted) throw aborted();
    return call();
  };
  return {
    ec2: (action, input, options) => guard(() => port.ec2(action, input, options)),
    elb: (action, input, options) => guard(() => port.elb(action, input, options)),
    callerIdentity: () => guard(() => port.callerIdentity()),
    ssmParameters: (names) => guard(() => port.ssmParameters(names)),
    iamRole: (name) => guard(() => port.iamRole(name)),
    get calls() {
      return port.calls;
    },
    close: () => port.close(),
  };
}

async function findOrCreate(provider: Provider, inputs: ResolvedInputs, ctx: ProviderContext, env: ExecuteEnv): Promise<StepOutputs> {
  const existing = await provider.find?.(inputs, ctx);
  if (existing) {
    env.log?.(ctx.step.id, "found by tag; adopted");
    return existing;
  }
  if (ctx.signal.aborted) throw aborted();
  return provider.create!(inputs, ctx);
}
