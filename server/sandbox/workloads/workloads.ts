import "server-only";
import os from "node:os";
import path from "node:path";
import { inSandboxAccount } from "../accounts";
import type { Layer } from "../context";
import { AlbProxy } from "./alb-proxy";
import { renderFirewall } from "./firewall";
import { HealthChecks } from "./health-checks";
import { workloadSupport, type WorkloadSupport } from "./host-support";
import { InstanceEnvironment, offset } from "./instance-env";
import { deleteNamespace, deleteStaleNamespaces, namespacesWith } from "./netns";
import { callScope, scopeKey, type Scope } from "./scope";
import { Routers } from "./routers";
import { readTopology, type Topology } from "./topology";

/** AWS's connection timeout from an ALB to a target (docs/aws-facts.md §14.2). */
const TARGET_CONNECT_TIMEOUT_MS = 10_000;
/** Scaled timeouts never drop below this: a loaded 2-core machine needs a moment to answer. */
const TIMEOUT_FLOOR_MS = 1_000;
/** How often the layer re-reads moto while it has workloads (mutating calls also trigger a read). */
const RECONCILE_EVERY_MS = 1_000;

let sandboxes = 0;

export type WorkloadStats = { status: string; instances: Array<{ instanceId: string; privateIp: string; pids: number[] }>; readings: Record<string, number> };

/**
 * Runs the instances' user data and the load balancers' data plane for one sandbox. It reads
 * moto (never the client's calls) to learn what should run: instances the clocks report
 * `running` that were launched with user data get an environment; security groups become
 * nftables rules in each instance's namespace; each ALB gets a proxy; target groups get
 * health checks. Everything it starts is owned here and ends on reset or close.
 *
 * Readings are per scope (sandbox account + region, ./scope.ts): every scope that launched a
 * workload or asked for an ALB's DNS name is read on the timer, and a mutating call re-reads
 * only its own scope, so thirty students' accounts do not cost thirty readings per call.
 */
export class Workloads {
  readonly prefix = `vpcd-${process.pid}-${sandboxes++}`;
  private readonly socketDir = path.join(os.tmpdir(), this.prefix);
  private support: Promise<WorkloadSupport>;
  private userData = new Map<string, { scope: string; userData: string }>();
  /** Every scope with workloads, by key; `dirty` holds those a mutating call changed since the last reading. */
  private scopes = new Map<string, Scope>();
  private dirty = new Set<string>();
  /** Readings of moto per scope key since start or reset (what the data plane costs). */
  private readings = new Map<string, number>();
  private topologies = new Map<string, Topology>();
  private readonly routers = new Routers(this.prefix, this.socketDir);
  private environments = new Map<string, Promise<InstanceEnvironment | undefined>>();
  private consoles = new Map<string, () => string>();
  private proxies = new Map<string, Promise<AlbProxy>>();
  /** ALB ARN → the key of the scope it lives in. */
  private albScopes = new Map<string, string>();
  private seenAlbs = new Set<string>();
  private peers = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private generation = 0;
  readonly health: HealthChecks;

  constructor(private readonly layer: Layer, private readonly enabled: boolean) {
    this.support = enabled ? workloadSupport().then(async (s) => (s.ok && (await deleteStaleNamespaces()), s)) : Promise.resolve({ ok: false, reason: "off" });
    this.health = new HealthChecks({
      topologies: () => this.topologies,
      environment: (id) => this.environments.has(id),
      router: (scope, vpcId) => this.routers.now(scope, vpcId),
      scale: () => this.layer.clocks.scale,
      timeoutFloorMs: TIMEOUT_FLOOR_MS,
    });
  }

  /** "on", "off" (turned off for this sandbox) or "unavailable: <why>". */
  async status(): Promise<string> {
    const support = await this.support;
    if (!this.enabled) return "off";
    return support.ok ? "on" : `unavailable: ${support.reason}`;
  }

  private async isOn(): Promise<boolean> {
    return (await this.support).ok;
  }

  /** Remembers the user data of instances RunInstances just launched and when to look again. */
  async launched(region: string, instanceIds: string[], userDataBase64: string | null, runningAfterMs: number): Promise<void> {
    if (!(await this.isOn())) return;
    const scope = this.track(callScope(region));
    if (userDataBase64) for (const id of instanceIds) this.userData.set(id, { scope, userData: Buffer.from(userDataBase64, "base64").toString("utf8") });
    setTimeout(() => this.request(scope), runningAfterMs + 20).unref();
    this.request(scope);
  }

  /** The ALB's DNS name in the sandbox: its proxy's loopback address (started on first use). */
  async dnsName(region: string, arn: string): Promise<string | undefined> {
    if (!(await this.isOn())) return undefined;
    const scope = this.track(callScope(region));
    this.albScopes.set(arn, scope);
    let proxy = this.proxies.get(arn);
    if (!proxy) {
      proxy = AlbProxy.start(arn, {
        alb: (albArn) => this.albView(albArn),
        health: (tg, id, port) => this.health.state(tg, id, port)?.state ?? "initial",
        router: (s, vpcId) => this.routers.now(s, vpcId),
        scope: (albArn) => this.albScopes.get(albArn) ?? scope,
        connectTimeoutMs: () => Math.max(TIMEOUT_FLOOR_MS, TARGET_CONNECT_TIMEOUT_MS * this.layer.clocks.scale),
      });
      this.proxies.set(arn, proxy);
      this.request(scope);
    }
    return `127.0.0.1:${(await proxy).port}`;
  }

  /** The console of an instance that ran (or runs) here; undefined for others. */
  consoleOutput(instanceId: string): string | undefined {
    return this.consoles.get(instanceId)?.();
  }

  /**
   * True once an instance with user data was launched: only then does the layer read moto to
   * run anything, so sandboxes (and tests) without workloads pay nothing for them.
   */
  get isEngaged(): boolean {
    return this.userData.size > 0;
  }

  /**
   * Asks for a fresh reading of moto soon: of the scope a mutating call changed (the layer
   * passes the call's region; the account is the caller's), or of every scope (the timer).
   * Free until engaged, and for a scope without workloads.
   */
  poke(region?: string): void {
    this.request(region === undefined ? undefined : scopeKey(callScope(region)));
  }

  /** A reading of the scope with this key soon (every scope when undefined). */
  private request(key?: string): void {
    if (!this.isEngaged) return;
    if (key === undefined) for (const k of this.scopes.keys()) this.dirty.add(k);
    else if (this.scopes.has(key)) this.dirty.add(key);
    else return;
    this.drain();
    this.timer ??= setInterval(() => this.poke(), RECONCILE_EVERY_MS);
    this.timer.unref();
    this.health.start();
  }

  /** One reading at a time; scopes changed meanwhile are read right after it. */
  private drain(): void {
    if (this.running || this.dirty.size === 0) return;
    const generation = this.generation;
    this.running = this.reconcileAll(generation).finally(() => {
      this.running = undefined;
      if (generation === this.generation) this.drain();
    });
  }

  async stats(): Promise<WorkloadStats> {
    const instances = [];
    for (const env of this.environments.values()) {
      const ready = await env;
      if (ready) instances.push({ instanceId: ready.spec.instanceId, privateIp: ready.spec.privateIp, pids: await ready.pids() });
    }
    return { status: await this.status(), instances, readings: Object.fromEntries(this.readings) };
  }

  /** Ends every environment, router, proxy and health check, and forgets what it knew. */
  async reset(): Promise<void> {
    this.generation += 1;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.health.stop();
    await this.running;
    const environments = [...this.environments.values()];
    const proxies = [...this.proxies.values()];
    this.environments.clear();
    this.proxies.clear();
    this.userData.clear();
    this.consoles.clear();
    this.topologies.clear();
    this.albScopes.clear();
    this.seenAlbs.clear();
    this.scopes.clear();
    this.dirty.clear();
    this.readings.clear();
    this.health.clear();
    await Promise.all(environments.map(async (env) => (await env.catch(() => undefined))?.stop()));
    await Promise.all(proxies.map(async (proxy) => (await proxy.catch(() => undefined))?.close()));
    await this.routers.stopAll();
    // Anything a failed start left behind under this sandbox's name.
    for (const ns of namespacesWith(`${this.prefix}-`)) await deleteNamespace(ns);
  }

  close(): Promise<void> {
    return this.reset();
  }

  private albView(arn: string) {
    const topology = this.topologies.get(this.albScopes.get(arn) ?? "");
    const alb = topology?.albs.find((a) => a.arn === arn);
    return alb && topology ? { alb, topology } : undefined;
  }

  /** Starts tracking a scope (idempotent) and returns its key. */
  private track(scope: Scope): string {
    const key = scopeKey(scope);
    if (!this.scopes.has(key)) this.scopes.set(key, scope);
    return key;
  }

  private async reconcileAll(generation: number): Promise<void> {
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const key of keys) {
      const scope = this.scopes.get(key);
      if (!scope) continue;
      try {
        // Explicitly in the scope's account: this work may have started inside another account's call.
        this.readings.set(key, (this.readings.get(key) ?? 0) + 1);
        const topology = await inSandboxAccount(scope.account, () => readTopology(this.layer, scope.region));
        if (generation !== this.generation) return;
        this.topologies.set(key, topology);
        await this.reconcile(key, topology, generation);
      } catch {
        // A failed reading (moto restarting, a reset racing it) is retried on the next tick.
      }
    }
  }

  private async reconcile(scope: string, topology: Topology, generation: number): Promise<void> {
    for (const [id, { scope: s, userData }] of this.userData) {
      if (s !== scope) continue;
      const instance = topology.instances.get(id);
      const subnet = instance && topology.subnets.get(instance.subnetId);
      const wanted = instance?.state === "running" && subnet && instance.privateIp;
      if (wanted && !this.environments.has(id)) {
        const router = await this.routers.get(scope, instance.vpcId);
        if (generation !== this.generation) return;
        const ns = `${this.prefix}-${id}`;
        const firewall = this.firewallFor(topology, instance.groupIds);
        const started = InstanceEnvironment.start({ instanceId: id, privateIp: instance.privateIp, subnetId: subnet.id, subnetCidr: subnet.cidr, userData }, ns, `v${this.peers++}`, router, firewall).catch((error: unknown) => {
          // The console is where a learner looks; say there why the instance never booted.
          this.consoles.set(id, () => `sandbox: could not start this instance's environment: ${(error as Error).message}\n`);
          return undefined;
        });
        this.environments.set(id, started);
        const env = await started;
        if (env) this.consoles.set(id, () => env.console());
      } else if (!wanted && this.environments.has(id)) {
        const env = this.environments.get(id);
        this.environments.delete(id);
        await (await env)?.stop();
      }
    }
    for (const [id, pending] of this.environments) {
      const env = await pending;
      const instance = topology.instances.get(id);
      if (env && instance) await env.applyFirewall(this.firewallFor(topology, instance.groupIds)).catch(() => undefined);
    }
    for (const alb of topology.albs) this.seenAlbs.add(alb.arn);
    for (const [arn, proxy] of this.proxies) {
      // A deleted load balancer's address stops answering (once a reading had shown it, so a
      // reading that started before CreateLoadBalancer cannot close a brand-new one).
      if (!this.seenAlbs.has(arn) || topology.albs.some((alb) => alb.arn === arn) || this.albScopes.get(arn) !== scope) continue;
      this.proxies.delete(arn);
      this.seenAlbs.delete(arn);
      await (await proxy.catch(() => undefined))?.close();
    }
    for (const alb of topology.albs) {
      if (!this.proxies.has(alb.arn) || alb.state !== "active") continue;
      const router = await this.routers.get(scope, alb.vpcId);
      for (const [subnetId, ip] of alb.nodeIps) {
        const subnet = topology.subnets.get(subnetId);
        if (subnet) await router.addNode(subnetId, gatewayCidr(subnet.cidr), ip);
      }
    }
  }

  private firewallFor(topology: Topology, groupIds: string[]): string {
    return renderFirewall(groupIds.flatMap((id) => topology.groups.get(id) ?? []), topology.groupIps);
  }
}

/** The VPC router's address in a subnet with the subnet's prefix: `192.168.2.0/24` → `192.168.2.1/24`. */
function gatewayCidr(cidr: string): string {
  const [base, prefix] = cidr.split("/");
  return `${offset(base, 1)}/${prefix}`;
}
