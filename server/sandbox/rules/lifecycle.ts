import "server-only";
import { listParam } from "../aws-call";
import { forward, succeeded, withBody, type CallContext, type Handler } from "../context";
import { rewriteAlbStates, rewriteInstanceStates, rewriteNatStates, takeFilter } from "../state-rewrites";
import { rewriteBlocks, tagText } from "../xml-blocks";
import { createAlbInterfaces } from "./alb-interfaces";
import { dig } from "./lookups";

/**
 * Time: moto finishes every transition at once; these rules remember when a resource was
 * created or deleted and report the state AWS would show until the scaled delay has passed.
 */
export const lifecycleRules: Record<string, Handler> = {
  RunInstances: async (ctx) => {
    const reply = await forward(ctx);
    if (succeeded(reply)) forEachId(reply.body.toString("utf8"), "instanceId", (id) => ctx.layer.clocks.instanceLaunched(id));
    return reply;
  },
  TerminateInstances: async (ctx) => {
    const reply = await forward(ctx);
    if (succeeded(reply)) listParam(ctx.call.params, "InstanceId").forEach((id) => ctx.layer.clocks.instanceTerminated(id));
    return reply;
  },
  DescribeInstances: (ctx) => describeWithState(ctx, "instance-state-name", (xml, wanted) => rewriteInstanceStates(xml, ctx.layer.clocks, wanted)),
  DescribeInstanceStatus: (ctx) => {
    // Without IncludeAllInstances, AWS lists running instances only.
    const onlyRunning = ctx.call.params.get("IncludeAllInstances") !== "true" ? ["running"] : undefined;
    return describeWithState(ctx, "instance-state-name", (xml, wanted) => rewriteInstanceStates(xml, ctx.layer.clocks, wanted ?? onlyRunning));
  },
  CreateNatGateway: async (ctx) => {
    const reply = await forward(ctx);
    if (!succeeded(reply)) return reply;
    const xml = reply.body.toString("utf8");
    const id = tagText(xml, "natGatewayId");
    if (id) ctx.layer.clocks.natCreated(id, ctx.call.params.get("AllocationId") ?? undefined);
    if (id) await failWithoutInternetGateway(ctx, id);
    return withBody(reply, rewriteNatStates(xml, ctx.layer.clocks));
  },
  DeleteNatGateway: async (ctx) => {
    const reply = await forward(ctx);
    const id = ctx.call.params.get("NatGatewayId");
    if (succeeded(reply) && id) ctx.layer.clocks.natDeleted(id);
    return reply;
  },
  DescribeNatGateways: (ctx) => describeWithState(ctx, "state", (xml, wanted) => rewriteNatStates(xml, ctx.layer.clocks, wanted)),
  CreateLoadBalancer: async (ctx) => {
    const reply = await forward(ctx);
    if (succeeded(reply)) await rememberAlbs(ctx, reply.body.toString("utf8"));
    return reply;
  },
  DescribeLoadBalancers: async (ctx) => {
    const reply = await forward(ctx);
    return succeeded(reply) ? withBody(reply, rewriteAlbStates(reply.body.toString("utf8"), ctx.layer.clocks)) : reply;
  },
  DeleteLoadBalancer: async (ctx) => {
    const reply = await forward(ctx);
    const arn = ctx.call.params.get("LoadBalancerArn");
    if (succeeded(reply) && arn) ctx.layer.clocks.albDeleted(arn);
    return reply;
  },
};

/**
 * A public NAT gateway in a VPC with no internet gateway attached is accepted, then fails
 * (AWS: FailureCode `Gateway.NotAttached`, docs/aws-facts.md §2.4); moto makes it available.
 */
async function failWithoutInternetGateway(ctx: CallContext, natId: string): Promise<void> {
  if ((ctx.call.params.get("ConnectivityType") ?? "public") !== "public") return;
  const subnetId = ctx.call.params.get("SubnetId") ?? "";
  const subnets = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeSubnets", { "SubnetId.1": subnetId });
  const vpcId = String(dig(subnets, ["DescribeSubnetsResponse", "subnetSet", "item"])[0]?.vpcId ?? "");
  const igws = await ctx.layer.moto.query("ec2", ctx.call.region, "DescribeInternetGateways", { "Filter.1.Name": "attachment.vpc-id", "Filter.1.Value.1": vpcId });
  if (dig(igws, ["DescribeInternetGatewaysResponse", "internetGatewaySet", "item"]).length > 0) return;
  ctx.layer.clocks.natFailed(natId, { code: "Gateway.NotAttached", message: `Network ${vpcId} has no Internet gateway attached` });
}

/** Forwards a describe without its state filter, then rewrites states and applies the filter. */
async function describeWithState(ctx: CallContext, filterName: string, rewrite: (xml: string, wanted?: string[]) => string) {
  const { params, values } = takeFilter(ctx.call.params, filterName);
  const reply = await forward(ctx, values ? params : undefined);
  return succeeded(reply) ? withBody(reply, rewrite(reply.body.toString("utf8"), values)) : reply;
}

/** Records each created ALB's subnets, security groups and scheme, and gives it its network interfaces. */
async function rememberAlbs(ctx: CallContext, xml: string): Promise<void> {
  const created: Array<{ arn: string; name: string; subnetIds: string[]; securityGroupIds: string[] }> = [];
  rewriteBlocks(xml, "member", "LoadBalancerArn", (arn, block) => {
    const subnetIds = [...block.matchAll(/<SubnetId>([^<]*)<\/SubnetId>/g)].map((m) => m[1]);
    const groups = /<SecurityGroups>([\s\S]*?)<\/SecurityGroups>/.exec(block)?.[1] ?? "";
    const securityGroupIds = [...groups.matchAll(/<member>([^<]*)<\/member>/g)].map((m) => m[1]);
    created.push({ arn, name: tagText(block, "LoadBalancerName") ?? "", subnetIds, securityGroupIds });
    return block;
  });
  for (const alb of created) {
    ctx.layer.clocks.albCreated({ ...alb, internetFacing: ctx.call.params.get("Scheme") !== "internal" });
    await createAlbInterfaces(ctx.layer, ctx.call.region, alb);
  }
}

function forEachId(xml: string, tag: string, visit: (id: string) => void): void {
  for (const match of xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))) visit(match[1]);
}
