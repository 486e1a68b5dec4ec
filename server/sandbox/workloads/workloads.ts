import "server-only";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Layer } from "../context";
import { AlbProxy } from "./alb-proxy";
import { renderFirewall } from "./firewall";
import { HealthChecks } from "./health-checks";
import { workloadSupport, type WorkloadSupport } from "./host-support";
import { InstanceEnvironment, offset } from "./instance-env";
import { deleteNamespace, deleteStaleNamespaces, namespacesWith } from "./netns";
import { readTopology, type Topology } from "./topology";
import { VpcRouter } from "./vpc-router";

/** AWS's connection timeout from an ALB to a target (docs/aws-facts.md §14.2). */
const TARGET_CONNECT_TIMEOUT_MS = 10_000;
/** Scaled timeouts never drop below this: a loaded 2-core machine needs a moment to answer. */
const TIMEOUT_FLOOR_MS = 1_000;
/** How often the layer re-reads moto while it has workloads (mutating calls also trigger a read). */
const RECONCILE_EVERY_MS = 1_000;

let sandboxes = 0;

export type WorkloadStats = { status: string; instances: Array<{ instanceId: string; privateIp: string; pids: number[] }> };

/**
 * Runs the instances' user data and the load balancers' data plane for one sandbox. It reads
 * moto (never the client's calls) to learn what should run: instances the clocks report
 * `running` that were launched with user data get an environment; security groups become
 * nftables rules in each instance's namespace; each ALB gets a proxy; target groups get
 * health checks. Everything it starts is owned here and ends on reset or close.
 */
export class Workloads {
  readonly prefix = `vpcd-${process.pid}-${sandboxes++}`;
  private readonly socketDir = path.join(os.tmpdir(), this.prefix);
  private support: Promise<WorkloadSupport>;
  private userData = new Map<string, { region: string; userData: string }>();
  private regions = new Set<string>();
  private topologies = new Map<string, Topology>();
  private routers = new Map<string, Promise<VpcRouter>>();
  /** The routers that finished starting (the proxy and health checks cannot wait for one). */
  private ready = new Map<string, VpcRouter>();
  private environments = new Map<string, Promise<InstanceEnvironment | undefined>>();
  private consoles = new Map<string, () => string>();
  private proxies = new Map<string, Promise<AlbProxy>>();
  private albRegions = new Map<string, string>();
  private seenAlbs = new Set<string>();
  private peers = 0;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private generation = 0;
  readonly health: HealthChecks;

  constructor(private readonly layer: Layer, private readonly enabled: boolean) {
    this.support = enabled ? workloadSupport().then(async (s) => (s.ok && (await deleteStaleNamespaces()), s)) : Promise.resolve({ ok: false, reason: "off" });
    this.health = new HealthChecks({
      topologies: () => this.topologies,
      environment: (id) => this.environments.has(id),
      router: (region, vpcId) => this.routerNow(region, vpcId),
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
    this.regions.add(region);
    if (userDataBase64) for (const id of instanceIds) this.userData.set(id, { region, userData: Buffer.from(userDataBase64, "base64").toString("utf8") });
    setTimeout(() => this.poke(), runningAfterMs + 20).unref();
    this.poke();
  }

  /** The ALB's DNS name in the sandbox: its proxy's loopback address (started on first use). */
  async dnsName(region: string, arn: string): Promise<string | undefined> {
    if (!(await this.isOn())) return undefined;
    this.regions.add(region);
    this.albRegions.set(arn, region);
    let proxy = this.proxies.get(arn);
    if (!proxy) {
      proxy = AlbProxy.start(arn, {
        alb: (albArn) => this.albView(albArn),
        health: (tg, id, port) => this.health.state(tg, id, port)?.state ?? "initial",
        router: (r, vpcId) => this.routerNow(r, vpcId),
        region: (albArn) => this.albRegions.get(albArn) ?? region,
        connectTimeoutMs: () => Math.max(TIMEOUT_FLOOR_MS, TARGET_CONNECT_TIMEOUT_MS * this.layer.clocks.scale),
      });
      this.proxies.set(arn, proxy);
      this.poke();
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

  /** Asks for a fresh reading of moto soon (after any mutating call). Free until engaged. */
  poke(): void {
    if (!this.isEngaged) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const generation = this.generation;
    this.running = this.reconcileAll(generation)
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (generation !== this.generation) return;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
    this.timer ??= setInterval(() => this.poke(), RECONCILE_EVERY_MS);
    this.timer.unref();
    this.health.start();
  }

  async stats(): Promise<WorkloadStats> {
    const instances = [];
    for (const env of this.environments.values()) {
      const ready = await env;
      if (ready) instances.push({ instanceId: ready.spec.instanceId, privateIp: ready.spec.privateIp, pids: await ready.pids() });
    }
    return { status: await this.status(), instances };
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
    const routers = [...this.routers.values()];
    this.environments.clear();
    this.proxies.clear();
    this.routers.clear();
    this.ready.clear();
    this.userData.clear();
    this.consoles.clear();
    this.topologies.clear();
    this.albRegions.clear();
    this.seenAlbs.clear();
    this.regions.clear();
    this.health.clear();
    await Promise.all(environments.map(async (env) => (await env.catch(() => undefined))?.stop()));
    await Promise.all(proxies.map(async (proxy) => (await proxy.catch(() => undefined))?.close()));
    await Promise.all(routers.map(async (router) => (await router.catch(() => undefined))?.stop()));
    // Anything a failed start left behind under this sandbox's name.
    for (const ns of namespacesWith(`${this.prefix}-`)) await deleteNamespace(ns);
    rmSync(this.socketDir, { recursive: true, force: true });
  }

  close(): Promise<void> {
    return this.reset();
  }

  private albView(arn: string) {
    const topology = this.topologies.get(this.albRegions.get(arn) ?? "");
    const alb = topology?.albs.find((a) => a.arn === arn);
    return alb && topology ? { alb, topology } : undefined;
  }

  private async reconcileAll(generation: number): Promise<void> {
    for (const region of this.regions) {
      const topology = await readTopology(this.layer, region);
      if (generation !== this.generation) return;
      this.topologies.set(region, topology);
      await this.reconcile(region, topology, generation);
    }
  }

  private async reconcile(region: string, topology: Topology, generation: number): Promise<void> {
    for (const [id, { region: r, userData }] of this.userData) {
      if (r !== region) continue;
      const instance = topology.instances.get(id);
      const subnet = instance && topology.subnets.get(instance.subnetId);
      const wanted = instance?.state === "running" && subnet && instance.privateIp;
      if (wanted && !this.environments.has(id)) {
        const router = await this.router(region, instance.vpcId);
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
      if (!this.seenAlbs.has(arn) || topology.albs.some((alb) => alb.arn === arn) || this.albRegions.get(arn) !== region) continue;
      this.proxies.delete(arn);
      this.seenAlbs.delete(arn);
      await (await proxy.catch(() => undefined))?.close();
    }
    for (const alb of topology.albs) {
      if (!this.proxies.has(alb.arn) || alb.state !== "active") continue;
      const router = await this.router(region, alb.vpcId);
      for (const [subnetId, ip] of alb.nodeIps) {
        const subnet = topology.subnets.get(subnetId);
        if (subnet) await router.addNode(subnetId, gatewayCidr(subnet.cidr), ip);
      }
    }
  }

  private firewallFor(topology: Topology, groupIds: string[]): string {
    return renderFirewall(groupIds.flatMap((id) => topology.groups.get(id) ?? []), topology.groupIps);
  }

  private router(region: string, vpcId: string): Promise<VpcRouter> {
    const key = `${region}/${vpcId}`;
    let router = this.routers.get(key);
    if (!router) {
      mkdirSync(this.socketDir, { recursive: true, mode: 0o700 });
      const created = new VpcRouter(`${this.prefix}-r-${vpcId}`, path.join(this.socketDir, `${vpcId}.sock`));
      router = created.start().then(() => created);
      this.routers.set(key, router);
      router.then((ready) => this.ready.set(key, ready)).catch(() => this.routers.delete(key));
    }
    return router;
  }

  private routerNow(region: string, vpcId: string): VpcRouter | undefined {
    const key = `${region}/${vpcId}`;
    return this.routers.has(key) ? this.ready.get(key) : undefined;
  }
}

/** The VPC router's address in a subnet with the subnet's prefix: `192.168.2.0/24` → `192.168.2.1/24`. */
function gatewayCidr(cidr: string): string {
  const [base, prefix] = cidr.split("/");
  return `${offset(base, 1)}/${prefix}`;
}
