import "server-only";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ACCOUNT_HEADER, inSandboxAccount, sandboxAccountOf } from "./accounts";
import { parseAwsCall } from "./aws-call";
import { awsError, type Reply } from "./aws-errors";
import { Clocks } from "./clocks";
import type { CallContext, Layer } from "./context";
import { handleControl, hasControlToken, refuseControl, type ControlState } from "./control";
import { FaultInjector } from "./faults";
import type { FaultSpec } from "./fault-spec";
import { MotoClient, type RawRequest } from "./moto-client";
import { RULES } from "./rules";
import { realKeyRefusal } from "./rules/credentials";
import { Workloads } from "./workloads/workloads";

export type LayerServer = ControlState & { port: number; close(): Promise<void> };

/**
 * Starts the fidelity layer's HTTP server on 127.0.0.1:`port` (0 = any free port) in front of
 * moto at `motoEndpoint`. Actions with a rule (time, dependencies, idempotency) are buffered
 * and rewritten; every other call streams through untouched. `/_sandbox/*` is the control API;
 * `/moto-api/*` passes through. Neither is counted nor faulted.
 */
export async function startLayer(options: { port: number; motoEndpoint: string; timeScale: number; faults: FaultSpec; workloads: boolean; pageSize: number; controlToken: string }): Promise<LayerServer> {
  const moto = new MotoClient(options.motoEndpoint);
  const layer = { moto, clocks: new Clocks(options.timeScale), tokens: new Map(), albInterfaces: new Map(), pageSize: options.pageSize } as Omit<Layer, "workloads"> as Layer;
  layer.workloads = new Workloads(layer, options.workloads);
  const state: ControlState = { layer, faults: new FaultInjector(options.faults), faultSpec: options.faults, counts: new Map(), controlToken: options.controlToken };
  const server = http.createServer((req, res) => {
    handle(req, res, state).catch((error: unknown) => failed(res, error));
  });
  // SDK clients keep connections open; a short server idle timeout races their reuse.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const close = async () => {
    await layer.workloads.close();
    await new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      moto.close();
    });
  };
  return Object.assign(state, { port: (server.address() as AddressInfo).port, close });
}

async function handle(req: IncomingMessage, res: ServerResponse, state: ControlState): Promise<void> {
  const url = req.url ?? "/";
  const isControl = url.startsWith("/_sandbox/") || url.startsWith("/moto-api");
  const body = await readBody(req, isControl ? CONTROL_BODY_LIMIT : CALL_BODY_LIMIT);
  if (body === undefined) return void refuseControl(res, 413, "the request body is too large");
  if (isControl && !hasControlToken(req, state)) return void refuseControl(res, 403, "the sandbox's control endpoints need this run's token (x-vpcd-sandbox-token header or ?token=)");
  if (url.startsWith("/_sandbox/")) return handleControl(req.method ?? "GET", url, body, res, state);
  const account = sandboxAccountOf(req.headers);
  const request: RawRequest = { method: req.method ?? "GET", url, headers: account ? { ...req.headers, [ACCOUNT_HEADER]: account } : req.headers, body };
  if (url.startsWith("/moto-api")) return state.layer.moto.stream(request, res);
  return inSandboxAccount(account, () => handleCall(req, res, state, request));
}

async function handleCall(req: IncomingMessage, res: ServerResponse, state: ControlState, request: RawRequest): Promise<void> {
  const { url, body } = request;
  const call = parseAwsCall(url, req.headers, body);
  state.counts.set(call.action, (state.counts.get(call.action) ?? 0) + 1);
  const realKey = realKeyRefusal(call, req.headers);
  if (realKey) return send(res, realKey);
  const fault = state.faults.decide(call);
  if (fault.kind === "reply") return send(res, fault.reply);
  if (fault.kind === "reset") return void req.socket.destroy();
  if (fault.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  // The action name is the caller's text: "constructor" must not find Object.prototype's.
  const rule = Object.hasOwn(RULES, call.action) ? RULES[call.action] : undefined;
  const ctx: CallContext = { call, request, layer: state.layer };
  if (fault.kind === "lost") {
    // moto carries the call out; the client never hears back.
    await (rule ? rule(ctx) : state.layer.moto.forward(request));
    if (call.isMutating) state.layer.workloads.poke(call.region);
    return void req.socket.destroy();
  }
  if (!rule) await state.layer.moto.stream(request, res);
  else send(res, await rule(ctx));
  // Security groups, targets, routes or instances may have changed what the workloads run.
  if (call.isMutating) state.layer.workloads.poke(call.region);
}

/** Control calls carry a small JSON config; AWS calls at most ~16 KB of user data, base64. */
const CONTROL_BODY_LIMIT = 64 * 1024;
const CALL_BODY_LIMIT = 16 * 1024 * 1024;

/** The whole body, or undefined (and the rest discarded) once it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

function failed(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return void res.destroy();
  const message = `The sandbox failed to handle the call: ${(error as Error)?.message ?? String(error)}`;
  send(res, awsError({ protocol: "ec2", service: "ec2" }, 500, "InternalError", message));
}
