import "server-only";
import { randomBytes } from "node:crypto";
import { applyConfig, resetState, statsOf, workloadReport } from "./control";
import { parseFaultSpec } from "./fault-spec";
import { startLayer } from "./layer";
import { startMoto } from "./moto-process";
import { DEFAULT_PAGE_SIZE } from "./rules/pages";
import type { Sandbox, SandboxOptions } from "./types";

export type { Sandbox, SandboxConfig, SandboxOptions, SandboxStats, WorkloadReport } from "./types";
export { parseFaultSpec } from "./fault-spec";
export { BASE_DELAYS_MS } from "./clocks";
export { DEFAULT_PAGE_SIZE } from "./rules/pages";

/**
 * Starts the pinned moto on a free loopback port and the fidelity layer in front of it (on
 * `port`, or a free one), so clients get AWS's delays, DependencyViolations, idempotency and
 * the requested faults. Throws on a bad fault spec or time scale before starting anything.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const timeScale = options.timeScale ?? 1;
  if (!(Number.isFinite(timeScale) && timeScale >= 0)) throw new Error(`timeScale must be a number ≥ 0 (got ${timeScale})`);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!(Number.isInteger(pageSize) && pageSize >= 0)) throw new Error(`pageSize must be a whole number ≥ 0 (got ${pageSize})`);
  const faults = parseFaultSpec(options.faults);
  if (!faults.ok) throw new Error(faults.error);
  const controlToken = randomBytes(24).toString("base64url");
  const moto = await startMoto();
  let layer;
  try {
    layer = await startLayer({ port: options.port ?? 0, motoEndpoint: moto.endpoint, timeScale, faults: faults.spec, workloads: options.workloads ?? true, pageSize, controlToken });
  } catch (error) {
    await moto.stop();
    throw error;
  }
  const endpoint = `http://127.0.0.1:${layer.port}`;
  let stopped: Promise<void> | undefined;
  return {
    endpoint,
    motoEndpoint: moto.endpoint,
    statsUrl: `${endpoint}/_sandbox/stats?token=${controlToken}`,
    controlToken,
    reset: () => resetState(layer),
    stats: async () => statsOf(layer),
    workloads: () => workloadReport(layer),
    configure: async (config) => {
      const error = applyConfig(layer, config);
      if (error) throw new Error(error);
    },
    stop: () => (stopped ??= layer.close().then(() => moto.stop())),
  };
}
