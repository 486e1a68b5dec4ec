import "server-only";
import { BASE_DELAYS_MS } from "../clocks";
import { succeeded, withBody, type Handler } from "../context";
import { rewriteBlocks } from "../xml-blocks";

/**
 * The rules that connect AWS's API to the instances and load balancers the sandbox runs
 * (server/sandbox/workloads): user data is captured at launch, the ALB's DNS name leads to its
 * proxy, target health is the health checks' verdict, and the console is the instance's own.
 * With workloads off or unavailable, every answer is moto's.
 */
export function capturingUserData(inner: Handler): Handler {
  return async (ctx) => {
    const reply = await inner(ctx);
    if (!succeeded(reply)) return reply;
    const ids = [...reply.body.toString("utf8").matchAll(/<instanceId>([^<]*)<\/instanceId>/g)].map((m) => m[1]);
    const runningAfterMs = BASE_DELAYS_MS.instanceRunning * ctx.layer.clocks.scale;
    await ctx.layer.workloads.launched(ctx.call.region, [...new Set(ids)], ctx.call.params.get("UserData"), runningAfterMs);
    return reply;
  };
}

/** Rewrites `<DNSName>` of each ALB in CreateLoadBalancer / DescribeLoadBalancers answers. */
export function withSandboxDnsNames(inner: Handler): Handler {
  return async (ctx) => {
    const reply = await inner(ctx);
    if (!succeeded(reply)) return reply;
    const xml = reply.body.toString("utf8");
    const names = new Map<string, string>();
    for (const match of xml.matchAll(/<LoadBalancerArn>([^<]*)<\/LoadBalancerArn>/g)) {
      if (!match[1].includes(":loadbalancer/app/")) continue;
      const name = await ctx.layer.workloads.dnsName(ctx.call.region, match[1]);
      if (name) names.set(match[1], name);
    }
    if (names.size === 0) return reply;
    return withBody(reply, rewriteBlocks(xml, "member", "LoadBalancerArn", (arn, block) => {
      const name = names.get(arn);
      return name ? block.replace(/<DNSName>[^<]*<\/DNSName>/, `<DNSName>${name}</DNSName>`) : block;
    }));
  };
}

export const workloadRules: Record<string, Handler> = {
  DescribeTargetHealth: async (ctx) => {
    const reply = await ctx.layer.moto.forward(ctx.request);
    const tgArn = ctx.call.params.get("TargetGroupArn");
    if (!succeeded(reply) || !tgArn || !ctx.layer.workloads.isEngaged) return reply;
    return withBody(reply, rewriteBlocks(reply.body.toString("utf8"), "member", "Id", (id, block) => {
      const port = Number(/<Port>(\d+)<\/Port>/.exec(block)?.[1] ?? 0);
      const health = ctx.layer.workloads.health.state(tgArn, id, port) ?? { state: "initial", reason: "Elb.RegistrationInProgress", description: "Target registration is in progress" };
      const detail = health.reason ? `<Reason>${health.reason}</Reason><Description>${health.description}</Description>` : "";
      return block.replace(/<TargetHealth>[\s\S]*?<\/TargetHealth>|<TargetHealth\/>/, `<TargetHealth><State>${health.state}</State>${detail}</TargetHealth>`);
    }));
  },
  GetConsoleOutput: async (ctx) => {
    const id = ctx.call.params.get("InstanceId") ?? "";
    const output = ctx.layer.workloads.consoleOutput(id);
    if (output === undefined) return ctx.layer.moto.forward(ctx.request);
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<GetConsoleOutputResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">',
      `<requestId>${crypto.randomUUID()}</requestId><instanceId>${id}</instanceId>`,
      `<timestamp>${new Date().toISOString()}</timestamp><output>${Buffer.from(output, "utf8").toString("base64")}</output>`,
      "</GetConsoleOutputResponse>",
    ].join("");
    return { status: 200, headers: { "content-type": "text/xml" }, body: Buffer.from(body, "utf8") };
  },
};

