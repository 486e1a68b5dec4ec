import "server-only";
import { listParam } from "../aws-call";
import { awsError, type Reply } from "../aws-errors";
import { succeeded, withBody, type CallContext, type Handler } from "../context";
import { rewriteAlbStates, rewriteInstanceStates, rewriteNatStates } from "../state-rewrites";
import { dig, nodeText } from "./lookups";

/** Calls in flight per layer and token, so a retry racing its original waits for it instead of duplicating. */
const inFlight = new WeakMap<object, Map<string, Promise<Reply>>>();

/**
 * ClientToken idempotency (docs/aws-facts.md §7.3), which moto ignores: the first successful answer
 * is remembered per token; a repeat with the same parameters gets that answer again (with
 * today's states), a repeat with other parameters gets IdempotentParameterMismatch.
 */
export function withClientToken(inner: Handler, refresh: (xml: string, ctx: CallContext) => string): Handler {
  return async (ctx) => {
    const token = ctx.call.params.get("ClientToken");
    if (!token) return inner(ctx);
    const key = `${ctx.call.region}:${ctx.call.action}:${token}`;
    const running = inFlight.get(ctx.layer.tokens) ?? new Map<string, Promise<Reply>>();
    inFlight.set(ctx.layer.tokens, running);
    await running.get(key)?.catch(() => undefined);
    const fingerprint = fingerprintOf(ctx.call.params);
    const seen = ctx.layer.tokens.get(key);
    if (seen && seen.fingerprint !== fingerprint) {
      return awsError(ctx.call, 400, "IdempotentParameterMismatch", `The client token '${token}' was already used with different parameters.`);
    }
    if (seen) return withBody(seen.reply, refresh(seen.reply.body.toString("utf8"), ctx));
    const call = inner(ctx);
    running.set(key, call);
    try {
      const reply = await call;
      if (succeeded(reply)) ctx.layer.tokens.set(key, { fingerprint, reply });
      return reply;
    } finally {
      if (running.get(key) === call) running.delete(key);
    }
  };
}

function fingerprintOf(params: URLSearchParams): string {
  return [...params].filter(([key]) => key !== "ClientToken").map(([k, v]) => `${k}=${v}`).sort().join("&");
}

export const refreshInstances = (xml: string, ctx: CallContext) => rewriteInstanceStates(xml, ctx.layer.clocks);
export const refreshNat = (xml: string, ctx: CallContext) => rewriteNatStates(xml, ctx.layer.clocks);

/**
 * ELBv2 creates are name-idempotent on AWS (§4.6): the same name with the same settings
 * returns the existing resource; moto duplicates ALBs and listeners and rejects target groups.
 */
export const sameNameRules: Record<string, (inner: Handler) => Handler> = {
  CreateLoadBalancer: (inner) => async (ctx) => {
    const name = ctx.call.params.get("Name") ?? "";
    const existing = await describeRaw(ctx, "DescribeLoadBalancers", { "Names.member.1": name });
    const lb = existing && dig(existing.doc, ["DescribeLoadBalancersResponse", "DescribeLoadBalancersResult", "LoadBalancers", "member"])[0];
    if (!existing || !lb) return inner(ctx);
    const sameSubnets = sameSet(dig(lb, ["AvailabilityZones", "member"]).map((az) => nodeText(az, "SubnetId")), listParam(ctx.call.params, "Subnets.member"));
    const wantedGroups = listParam(ctx.call.params, "SecurityGroups.member");
    const sameGroups = wantedGroups.length === 0 || sameSet(dig(lb, ["SecurityGroups", "member"]).map(String), wantedGroups);
    const sameType = (ctx.call.params.get("Type") ?? "application") === (nodeText(lb, "Type") || "application");
    if (!(sameSubnets && sameGroups && sameType)) {
      return awsError(ctx.call, 400, "DuplicateLoadBalancerName", `A load balancer with the same name '${name}' exists, but with different settings`);
    }
    return asCreateReply(existing.reply, "LoadBalancer", (xml) => rewriteAlbStates(xml, ctx.layer.clocks));
  },
  CreateTargetGroup: (inner) => async (ctx) => {
    const p = ctx.call.params;
    const existing = await describeRaw(ctx, "DescribeTargetGroups", { "Names.member.1": p.get("Name") ?? "" });
    const tg = existing && dig(existing.doc, ["DescribeTargetGroupsResponse", "DescribeTargetGroupsResult", "TargetGroups", "member"])[0];
    if (!existing || !tg) return inner(ctx);
    const same = nodeText(tg, "Protocol") === (p.get("Protocol") ?? "") && nodeText(tg, "Port") === (p.get("Port") ?? "") && nodeText(tg, "VpcId") === (p.get("VpcId") ?? "") && nodeText(tg, "TargetType") === (p.get("TargetType") ?? "instance");
    // Different settings under the same name: moto's own DuplicateTargetGroupName is AWS's answer too.
    return same ? asCreateReply(existing.reply, "TargetGroup", (xml) => xml) : inner(ctx);
  },
  CreateListener: (inner) => async (ctx) => {
    const p = ctx.call.params;
    const existing = await describeRaw(ctx, "DescribeListeners", { LoadBalancerArn: p.get("LoadBalancerArn") ?? "" });
    const all = existing ? dig(existing.doc, ["DescribeListenersResponse", "DescribeListenersResult", "Listeners", "member"]) : [];
    const onPort = all.find((l) => nodeText(l, "Port") === p.get("Port"));
    if (!onPort) return inner(ctx);
    const targetGroups = dig(onPort, ["DefaultActions", "member"]).map((a) => nodeText(a, "TargetGroupArn"));
    const same = nodeText(onPort, "Protocol") === (p.get("Protocol") ?? "") && sameSet(targetGroups, [p.get("DefaultActions.member.1.TargetGroupArn") ?? ""]);
    if (!same) return awsError(ctx.call, 400, "DuplicateListener", "A listener already exists on this port for this load balancer");
    const one = await describeRaw(ctx, "DescribeListeners", { "ListenerArns.member.1": nodeText(onPort, "ListenerArn") });
    return one ? asCreateReply(one.reply, "Listener", (xml) => xml) : inner(ctx);
  },
};

async function describeRaw(ctx: CallContext, action: string, params: Record<string, string>) {
  const answer = await ctx.layer.moto.queryRaw("elasticloadbalancing", ctx.call.region, action, params);
  return succeeded(answer.reply) ? answer : undefined;
}

/** Turns `Describe<X>s` XML into the `Create<X>` answer AWS gives for an idempotent repeat. */
function asCreateReply(reply: Reply, noun: string, rewrite: (xml: string) => string): Reply {
  const xml = reply.body.toString("utf8").replaceAll(`Describe${noun}sResponse`, `Create${noun}Response`).replaceAll(`Describe${noun}sResult`, `Create${noun}Result`).replace(/<NextMarker>[^<]*<\/NextMarker>/, "");
  return withBody(reply, rewrite(xml));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
