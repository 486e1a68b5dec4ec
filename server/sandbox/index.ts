import "server-only";
import { startMoto } from "./moto-process";
import type { Sandbox, SandboxOptions } from "./types";

export type { Sandbox, SandboxConfig, SandboxOptions, SandboxStats } from "./types";

/**
 * Starts moto and the fidelity layer in front of it. Placeholder until the fidelity layer
 * lands: this one serves moto directly and counts nothing.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const moto = await startMoto({ port: options.port });
  return {
    endpoint: moto.endpoint,
    motoEndpoint: moto.endpoint,
    statsUrl: `${moto.endpoint}/_sandbox/stats`,
    reset: async () => {
      await fetch(`${moto.endpoint}/moto-api/reset`, { method: "POST" });
    },
    stats: async () => ({ total: 0, byAction: {} }),
    configure: async () => {},
    stop: moto.stop,
  };
}
