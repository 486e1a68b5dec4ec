import "server-only";
import { startMoto } from "./moto-process";

export type SandboxOptions = {
  /** Port for the sandbox's public endpoint; a free one when omitted. */
  port?: number;
  /** Multiplies AWS-like delays (1 = real AWS timing, 0.02 = fifty times faster). */
  timeScale?: number;
  /** Fault spec, e.g. "throttle=0.1,error=0.03,reset=0.01,lost=0.05,seed=7". */
  faults?: string;
};

export type Sandbox = {
  /** The AWS-compatible endpoint clients use (EC2, ELBv2, STS, tagging share it). */
  endpoint: string;
  /** Bare moto behind it, for side-by-side measurements. */
  motoEndpoint: string;
  /** Forgets every resource (moto reset) and the layer's own clocks and counters. */
  reset(): Promise<void>;
  /** Calls per action since start or reset. */
  stats(): Promise<Record<string, number>>;
  stop(): Promise<void>;
};

/**
 * Starts moto and the fidelity layer in front of it. Placeholder until the fidelity layer
 * lands: this one forwards nothing and serves moto directly.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const moto = await startMoto({ port: options.port });
  return {
    endpoint: moto.endpoint,
    motoEndpoint: moto.endpoint,
    reset: async () => {
      await fetch(`${moto.endpoint}/moto-api/reset`, { method: "POST" });
    },
    stats: async () => ({}),
    stop: moto.stop,
  };
}
