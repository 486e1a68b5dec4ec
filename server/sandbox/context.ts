import "server-only";
import type { AwsCall } from "./aws-call";
import type { Reply } from "./aws-errors";
import type { Clocks } from "./clocks";
import type { MotoClient, RawRequest } from "./moto-client";
import type { Workloads } from "./workloads/workloads";

/** The layer's state shared by every rule: moto, the clocks and the idempotency memory. */
export type Layer = {
  moto: MotoClient;
  clocks: Clocks;
  /** ClientToken → the fingerprint of the first call's parameters and moto's answer to it. */
  tokens: Map<string, { fingerprint: string; reply: Reply }>;
  /** ALB ARN → the network interfaces the layer created in moto for it (AWS makes one per subnet). */
  albInterfaces: Map<string, { region: string; interfaceIds: string[] }>;
  /** The instances' user data and the ALBs' data plane, run on this machine (or off/unavailable). */
  workloads: Workloads;
  /** Describe* page size (0 = no paging); see rules/pages.ts. */
  pageSize: number;
};

export type CallContext = { call: AwsCall; request: RawRequest; layer: Layer };

/** A fidelity rule for one action: decides the answer, usually by forwarding and rewriting. */
export type Handler = (ctx: CallContext) => Promise<Reply>;

/** Forwards the call to moto, with different form parameters when given (e.g. a filter taken out). */
export function forward(ctx: CallContext, params?: URLSearchParams): Promise<Reply> {
  if (!params) return ctx.layer.moto.forward(ctx.request);
  return ctx.layer.moto.forward({ ...ctx.request, body: Buffer.from(params.toString(), "utf8") });
}

/** The same call with other form parameters (a filter or paging parameter taken out), for the next handler. */
export function withCallParams(ctx: CallContext, params: URLSearchParams): CallContext {
  const body = Buffer.from(params.toString(), "utf8");
  return { ...ctx, call: { ...ctx.call, params, body }, request: { ...ctx.request, body } };
}

/** The same reply with a new body (content-length recomputed). */
export function withBody(reply: Reply, body: string): Reply {
  const buffer = Buffer.from(body, "utf8");
  return { ...reply, headers: { ...reply.headers, "content-length": String(buffer.length) }, body: buffer };
}

/** True for a 2xx answer from moto. */
export function succeeded(reply: Reply): boolean {
  return reply.status >= 200 && reply.status < 300;
}
