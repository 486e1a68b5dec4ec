import "server-only";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { DEFAULT_PAGE_SIZE, startSandbox } from "../sandbox/index";
import type { Sandbox, SandboxOptions } from "../sandbox/types";

/** Settings for SDK v3 clients (EC2, ELBv2, STS, tagging) pointed at the sandbox. */
export type SandboxClientConfig = {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
};

export type SandboxHandle = {
  /** The fidelity layer's endpoint (valid from `beforeAll` on). */
  readonly endpoint: string;
  /** The running sandbox, for `stats()`, `configure()` or `motoEndpoint`. */
  readonly sandbox: Sandbox;
  /** `new EC2Client(h.clientConfig())`: region, endpoint and dummy credentials. */
  clientConfig(region?: string): SandboxClientConfig;
};

/**
 * One sandbox (moto + fidelity layer, both on free loopback ports) per vitest file.
 *
 * Call it at the top level of a test file (or inside a `describe`). It registers hooks:
 * `beforeAll` starts the sandbox, `beforeEach` resets it (resources, clocks, ClientTokens,
 * counters, and restores the options given here, so a test's `configure()` never leaks into
 * the next test), `afterAll` stops it.
 *
 * ```ts
 * const sb = useSandbox({ timeScale: 0.02 });
 * it("creates a VPC", async () => {
 *   const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
 *   await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }));
 *   expect((await sb.sandbox.stats()).byAction.CreateVpc).toBe(1);
 * });
 * ```
 * Note: the first AWS call after a reset costs moto ~1.6 s (backend init).
 */
export function useSandbox(options: SandboxOptions = {}): SandboxHandle {
  let current: Sandbox | undefined;
  const started = (): Sandbox => {
    if (!current) throw new Error("useSandbox: the sandbox is not running (use it inside tests or hooks)");
    return current;
  };
  beforeAll(async () => {
    current = await startSandbox(options);
  });
  beforeEach(async () => {
    const sandbox = started();
    await sandbox.reset();
    await sandbox.configure({ timeScale: options.timeScale ?? 1, faults: options.faults ?? "", pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE });
  });
  afterAll(async () => {
    await current?.stop();
    current = undefined;
  });
  return {
    get endpoint() {
      return started().endpoint;
    },
    get sandbox() {
      return started();
    },
    clientConfig(region = "ap-northeast-2") {
      return { region, endpoint: started().endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } };
    },
  };
}
