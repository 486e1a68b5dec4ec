import "server-only";
import { bootGuest, type GuestProcess } from "./guest-process";
import { createInstanceNetwork, deleteNamespace } from "./netns";
import { run } from "./run";
import type { VpcRouter } from "./vpc-router";

export type InstanceSpec = { instanceId: string; privateIp: string; subnetId: string; subnetCidr: string; userData: string };

/**
 * One running instance: its network namespace on the VPC router and its booted user data.
 * `stop` kills the guest's whole process tree, waits until no process is left in the
 * namespace, and deletes the namespace (veth and nftables table included).
 */
export class InstanceEnvironment {
  private guest?: GuestProcess;
  private appliedFirewall = "";
  readonly startedAt = Date.now();

  private constructor(readonly spec: InstanceSpec, readonly ns: string) {}

  static async start(spec: InstanceSpec, ns: string, peer: string, router: VpcRouter, firewall: string): Promise<InstanceEnvironment> {
    const env = new InstanceEnvironment(spec, ns);
    const [base, prefix] = spec.subnetCidr.split("/");
    const gateway = offset(base, 1);
    const bridge = await router.bridgeFor(spec.subnetId, `${gateway}/${prefix}`);
    try {
      await createInstanceNetwork({ ns, router: router.ns, bridge, peer, ip: spec.privateIp, prefix: Number(prefix), gateway });
      await env.applyFirewall(firewall);
      env.guest = bootGuest({ ns, hostname: `ip-${spec.privateIp.replaceAll(".", "-")}`, userData: spec.userData });
    } catch (error) {
      await deleteNamespace(ns);
      throw error;
    }
    return env;
  }

  /** The console so far (the last 64 KB), as GetConsoleOutput returns it. */
  console(): string {
    return this.guest?.console() ?? "";
  }

  /** Process ids of the guest's processes (bwrap and everything inside), for memory figures. */
  async pids(): Promise<number[]> {
    const out = await run("ip", ["netns", "pids", this.ns]).catch(() => "");
    return out.split(/\s+/).filter(Boolean).map(Number);
  }

  /** Loads the nftables ruleset for the instance's security groups, when it changed. */
  async applyFirewall(ruleset: string): Promise<void> {
    if (ruleset === this.appliedFirewall) return;
    await run("ip", ["netns", "exec", this.ns, "nft", "-f", "-"], ruleset);
    this.appliedFirewall = ruleset;
  }

  async stop(): Promise<void> {
    this.guest?.child.kill("SIGKILL");
    await this.guest?.exited;
    for (let i = 0; i < 50 && (await this.pids()).length > 0; i += 1) {
      for (const pid of await this.pids()) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await deleteNamespace(this.ns);
  }
}

/** `offset("192.168.2.0", 1) === "192.168.2.1"`: the VPC router's address in a subnet. */
export function offset(ip: string, by: number): string {
  const n = (ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0) + by) >>> 0;
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join(".");
}
