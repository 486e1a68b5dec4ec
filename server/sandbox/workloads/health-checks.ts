import "server-only";
import { checkTarget } from "./health-check";
import { recordCheck, registeredTarget, type TargetHealth } from "./health";
import type { Topology } from "./topology";
import type { VpcRouter } from "./vpc-router";

type Deps = {
  /** The last reading of each scope (sandbox account + region, ./scope.ts), by its key. */
  topologies(): ReadonlyMap<string, Topology>;
  /** True when the instance has an environment (something may listen). */
  environment(instanceId: string): boolean;
  router(scope: string, vpcId: string): VpcRouter | undefined;
  scale(): number;
  timeoutFloorMs: number;
};

type Tracked = TargetHealth & { lastCheckAt: number; inFlight: boolean };

const UNUSED_NOT_IN_USE: TargetHealth = { state: "unused", reason: "Target.NotInUse", description: "Target group is not configured to receive traffic from the load balancer", passes: 0, failures: 0 };
const UNUSED_AZ: TargetHealth = { state: "unused", reason: "Target.NotInUse", description: "Target is in an Availability Zone that is not enabled for the load balancer", passes: 0, failures: 0 };
const unusedState = (state: string): TargetHealth => ({ state: "unused", reason: "Target.InvalidState", description: `Target is in the ${state} state`, passes: 0, failures: 0 });

/**
 * The target groups' health checks: every HealthCheckIntervalSeconds (time-scaled) each target
 * of a target group that an ALB uses is checked from an ALB node, and its state follows
 * `recordCheck`. Targets of unattached groups, in AZs the ALB does not use, or whose instance
 * is not running are `unused`, as DescribeTargetHealth reports them on AWS.
 */
export class HealthChecks {
  private tracked = new Map<string, Tracked>();
  private fixed = new Map<string, TargetHealth>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly deps: Deps) {}

  /** The target's health now, or undefined when the layer has not seen the target group yet. */
  state(tgArn: string, targetId: string, port: number): TargetHealth | undefined {
    const key = `${tgArn}|${targetId}|${port}`;
    return this.fixed.get(key) ?? this.tracked.get(key);
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), 50);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  clear(): void {
    this.tracked.clear();
    this.fixed.clear();
  }

  private tick(): void {
    const seen = new Set<string>();
    for (const [scope, topology] of this.deps.topologies()) {
      for (const tg of topology.targetGroups.values()) {
        const albs = topology.albs.filter((alb) => tg.albArns.includes(alb.arn));
        const azs = new Set(albs.flatMap((alb) => alb.subnetIds.map((id) => topology.subnets.get(id)?.az)));
        for (const target of tg.targets) {
          const key = `${tg.arn}|${target.id}|${target.port}`;
          seen.add(key);
          const instance = topology.instances.get(target.id);
          const why = albs.length === 0 ? UNUSED_NOT_IN_USE : !instance || instance.state !== "running" ? unusedState(instance?.state ?? "terminated") : !azs.has(topology.subnets.get(instance.subnetId)?.az) ? UNUSED_AZ : undefined;
          if (why) {
            this.fixed.set(key, why);
            this.tracked.delete(key);
            continue;
          }
          this.fixed.delete(key);
          const tracked = this.tracked.get(key) ?? { ...registeredTarget(), lastCheckAt: 0, inFlight: false };
          this.tracked.set(key, tracked);
          const intervalMs = Math.max(100, tg.intervalMs * this.deps.scale());
          if (tracked.inFlight || Date.now() - tracked.lastCheckAt < intervalMs) continue;
          tracked.inFlight = true;
          tracked.lastCheckAt = Date.now();
          const alb = albs.find((a) => a.nodeIps.size > 0) ?? albs[0];
          const source = alb.nodeIps.get(instance!.subnetId) ?? [...alb.nodeIps.values()][0] ?? "-";
          const router = this.deps.router(scope, instance!.vpcId);
          const port = tg.healthPort === "traffic-port" ? target.port : Number(tg.healthPort);
          const timeoutMs = Math.max(this.deps.timeoutFloorMs, tg.timeoutMs * this.deps.scale());
          const check = this.deps.environment(target.id) && router
            ? checkTarget(router, { source, ip: instance!.privateIp, port, path: tg.path, timeoutMs, matcher: tg.matcher })
            : Promise.resolve({ kind: "failed" as const });
          void check.then((result) => {
            const current = this.tracked.get(key);
            if (current !== tracked) return;
            this.tracked.set(key, { ...recordCheck(tracked, result, { healthy: tg.healthy, unhealthy: tg.unhealthy }), lastCheckAt: tracked.lastCheckAt, inFlight: false });
          });
        }
      }
    }
    for (const key of [...this.tracked.keys(), ...this.fixed.keys()]) {
      if (!seen.has(key)) {
        this.tracked.delete(key);
        this.fixed.delete(key);
      }
    }
  }
}
