import "server-only";
import { timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Layer } from "./context";
import type { FaultInjector } from "./faults";
import { parseFaultSpec, type FaultSpec } from "./fault-spec";
import type { SandboxConfig, SandboxStats, WorkloadReport } from "./types";

/** Everything the control API reads or changes. */
export type ControlState = { layer: Layer; faults: FaultInjector; faultSpec: FaultSpec; counts: Map<string, number>; controlToken: string };

/**
 * True when the request carries this run's control token (header `x-vpcd-sandbox-token`, or
 * `?token=` for a browser opening the stats URL). Without it a web page the student visits
 * could reset the sandbox or change its faults through the loopback port.
 */
export function hasControlToken(req: IncomingMessage, state: ControlState): boolean {
  const header = req.headers["x-vpcd-sandbox-token"];
  const query = new URL(req.url ?? "/", "http://sandbox").searchParams.get("token");
  const given = Buffer.from(String((typeof header === "string" ? header : undefined) ?? query ?? ""), "utf8");
  const wanted = Buffer.from(state.controlToken, "utf8");
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** A JSON refusal (403 without the token, 413 for an oversized body). */
export function refuseControl(res: ServerResponse, status: number, error: string): void {
  json(res, status, { error });
}

/** Calls per action since start or reset. */
export function statsOf(state: ControlState): SandboxStats {
  const byAction = Object.fromEntries([...state.counts].sort(([a], [b]) => a.localeCompare(b)));
  return { total: [...state.counts.values()].reduce((sum, n) => sum + n, 0), byAction };
}

/** Resets moto and the layer's clocks, tokens, counters and fault sequence. */
export async function resetState(state: ControlState): Promise<void> {
  await state.layer.workloads.reset();
  await state.layer.moto.admin("/moto-api/reset");
  state.layer.clocks.reset();
  state.layer.tokens.clear();
  state.layer.albInterfaces.clear();
  state.counts.clear();
  state.faults.reset();
}

/** Applies a runtime config change; returns an error message (naming the field) instead of throwing. */
export function applyConfig(state: ControlState, config: SandboxConfig): string | undefined {
  if (config.pageSize !== undefined && !(Number.isInteger(config.pageSize) && config.pageSize >= 0)) {
    return `pageSize must be a whole number ≥ 0, 0 for no paging (got ${JSON.stringify(config.pageSize)})`;
  }
  if (config.timeScale !== undefined && !(typeof config.timeScale === "number" && Number.isFinite(config.timeScale) && config.timeScale >= 0)) {
    return `timeScale must be a number ≥ 0 (got ${JSON.stringify(config.timeScale)})`;
  }
  let spec: FaultSpec | undefined;
  if (config.faults !== undefined) {
    const parsed = parseFaultSpec(String(config.faults));
    if (!parsed.ok) return parsed.error.replace(/^--faults/, "faults");
    spec = parsed.spec;
  }
  if (config.timeScale !== undefined) state.layer.clocks.scale = config.timeScale;
  if (config.pageSize !== undefined) state.layer.pageSize = config.pageSize;
  if (spec) {
    state.faultSpec = spec;
    state.faults.configure(spec);
  }
  return undefined;
}

/**
 * `GET /_sandbox/stats`, `POST /_sandbox/reset`, `GET|POST /_sandbox/config` (JSON
 * `{ timeScale?, faults? }`; the answer also says `workloads: "on" | "off" | "unavailable: …"`),
 * `GET /_sandbox/workloads` (running instances and their memory). Never counted and never faulted.
 */
export async function handleControl(method: string, url: string, body: Buffer, res: ServerResponse, state: ControlState): Promise<void> {
  const path = url.split("?")[0];
  if (path === "/_sandbox/stats" && method === "GET") return json(res, 200, statsOf(state));
  if (path === "/_sandbox/reset" && method === "POST") {
    await resetState(state);
    return json(res, 200, { ok: true });
  }
  if (path === "/_sandbox/config" && method === "GET") return json(res, 200, { ...configOf(state), workloads: await state.layer.workloads.status() });
  if (path === "/_sandbox/workloads" && method === "GET") return json(res, 200, await workloadReport(state));
  if (path === "/_sandbox/config" && method === "POST") {
    let config: SandboxConfig;
    try {
      config = JSON.parse(body.toString("utf8") || "{}") as SandboxConfig;
    } catch {
      return json(res, 400, { error: "the body must be JSON: { timeScale?, faults?, pageSize? }" });
    }
    const error = applyConfig(state, config);
    return error ? json(res, 400, { error }) : json(res, 200, configOf(state));
  }
  return json(res, 404, { error: `no such sandbox endpoint: ${method} ${path}` });
}

/** The workloads' status and, per running instance, its private IP and resident memory (all its processes). */
export async function workloadReport(state: ControlState): Promise<WorkloadReport> {
  const stats = await state.layer.workloads.stats();
  return { status: stats.status, instances: stats.instances.map((i) => ({ instanceId: i.instanceId, privateIp: i.privateIp, rssKb: rssKb(i.pids), pids: i.pids })), readings: stats.readings };
}

function rssKb(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

function configOf(state: ControlState) {
  return { timeScale: state.layer.clocks.scale, faults: state.faultSpec, pageSize: state.layer.pageSize };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}
