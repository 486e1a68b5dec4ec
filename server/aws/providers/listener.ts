import "server-only";
import { deleteCall, outputs, str, tagsFor } from "./common";
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
      Tags: tagsFor(ctx, inputs),
    }, { once: true });
    const created = out.Listeners?.[0];
    return outputs({ ListenerArn: created?.ListenerArn, LoadBalancerArn: created?.LoadBalancerArn });
  },
  async delete(target, ctx) {
    return deleteCall(() => ctx.port.elb("DeleteListener", { ListenerArn: target.awsId }));
  },
};

/** Registering a registered target is a no-op on AWS, so this step simply repeats safely. */
export const targetRegistration: Provider = {
  async create(inputs, ctx) {
    const TargetGroupArn = str(inputs, "targetGroupArn");
    const InstanceId = str(inputs, "instanceId");
    await ctx.port.elb("RegisterTargets", { TargetGroupArn, Targets: [{ Id: InstanceId, Port: Number(inputs.port) }] });
    return { TargetGroupArn, InstanceId };
  },
};
