import "server-only";
import { errorCode } from "../errors";
import type { WaitOptions } from "../port";
import { deleteCall, elbTagsFor, outputs, str } from "./common";
import type { Provider } from "./types";

/** Listener: found by port on its ALB first (moto would create a second one on the same port). */
export const listener: Provider = {
  async find(inputs, ctx) {
    const listeners = (await ctx.port.elb("DescribeListeners", { LoadBalancerArn: str(inputs, "loadBalancerArn") })).Listeners ?? [];
    const found = listeners.find((l) => l.Port === Number(inputs.port));
    return found && outputs({ ListenerArn: found.ListenerArn, LoadBalancerArn: found.LoadBalancerArn });
  },
  async create(inputs, ctx) {
    const out = await ctx.port.elb("CreateListener", {
      LoadBalancerArn: str(inputs, "loadBalancerArn"),
      Protocol: str(inputs, "protocol") as never,
      Port: Number(inputs.port),
      DefaultActions: [{ Type: "forward", TargetGroupArn: str(inputs, "targetGroupArn") }],
      Tags: elbTagsFor(ctx, inputs),
    }, { once: true });
    const created = out.Listeners?.[0];
    return outputs({ ListenerArn: created?.ListenerArn, LoadBalancerArn: created?.LoadBalancerArn });
  },
  async delete(target, ctx) {
    return deleteCall(() => ctx.port.elb("DeleteListener", { ListenerArn: target.awsId }));
  },
};

/**
 * Registering a registered target is a no-op on AWS, so this step simply repeats safely.
 * ELBv2 answers InvalidTarget for a while after an instance turns `running`; like Terraform's
 * target group attachment (ten minutes), the step keeps trying within the instance wait's
 * deadline (docs/aws-facts.md §13.4) instead of failing the deploy.
 */
export const targetRegistration: Provider = {
  async create(inputs, ctx) {
    const TargetGroupArn = str(inputs, "targetGroupArn");
    const InstanceId = str(inputs, "instanceId");
    const register = () => ctx.port.elb("RegisterTargets", { TargetGroupArn, Targets: [{ Id: InstanceId, Port: Number(inputs.port) }] });
    await retryWhileInvalidTarget(register, ctx.wait("instance"));
    return { TargetGroupArn, InstanceId };
  },
};

// The wire code is InvalidTarget; SDK v3 throws it as InvalidTargetException.
const INVALID_TARGET = new Set(["InvalidTarget", "InvalidTargetException"]);

/** Repeats `call` while it fails with InvalidTarget, backing off like the waits, until the deadline. */
async function retryWhileInvalidTarget(call: () => Promise<unknown>, wait: WaitOptions): Promise<void> {
  const deadline = Date.now() + wait.timeoutMs;
  let delay = wait.minDelayMs;
  for (;;) {
    try {
      await call();
      return;
    } catch (error) {
      if (!INVALID_TARGET.has(errorCode(error)) || Date.now() + delay > deadline || wait.signal?.aborted) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(wait.maxDelayMs, delay * 2);
  }
}
