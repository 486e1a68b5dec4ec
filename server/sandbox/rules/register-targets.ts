import "server-only";
import { awsError } from "../aws-errors";
import type { Check } from "./guard";
import { dig, nodeText } from "./lookups";

/**
 * RegisterTargets takes only running instances, and for a short while after an instance turns
 * `running` ELBv2 still refuses it with InvalidTarget (docs/aws-facts.md §13.4);
 * Terraform retries for ten minutes. moto registers anything, even made-up ids.
 */
export const targetsRunning: Check = async (ctx) => {
  const ids = [...ctx.call.params.keys()].filter((key) => /^Targets\.member\.\d+\.Id$/.test(key)).map((key) => ctx.call.params.get(key)!).filter((id) => id.startsWith("i-"));
  if (ids.length === 0) return undefined;
  const states = await instanceStates(ctx.call.region, ids, ctx.layer);
  const refused = ids.filter((id) => states.get(id) !== "running" || !ctx.layer.clocks.instanceRegistrable(id));
  if (refused.length === 0) return undefined;
  return awsError(ctx.call, 400, "InvalidTarget", `The following targets are not in a running state and cannot be registered: ${refused.map((id) => `'${id}'`).join(", ")}`);
};

async function instanceStates(region: string, ids: string[], layer: Parameters<Check>[0]["layer"]): Promise<Map<string, string>> {
  const params = Object.fromEntries(ids.map((id, i) => [`InstanceId.${i + 1}`, id]));
  const { reply, doc } = await layer.moto.queryRaw("ec2", region, "DescribeInstances", params);
  // An unknown id makes the whole describe fail: every listed target is then refused.
  if (reply.status >= 400) return new Map();
  const items = dig(doc, ["DescribeInstancesResponse", "reservationSet", "item", "instancesSet", "item"]);
  return new Map(items.map((item) => {
    const id = nodeText(item, "instanceId");
    return [id, layer.clocks.instanceState(id, nodeText(dig(item, ["instanceState"])[0] ?? {}, "name"))];
  }));
}

