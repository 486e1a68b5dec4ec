import "server-only";
import type { Design } from "../../lib/design/schema";
import { planStatusCalls, type RecordedShape } from "../../lib/live/call-plan";
import { runningCost } from "../../lib/live/cost";
import { entityHourlyPrice, hourlyPrice } from "../../lib/live/hourly-prices";
import { mapStatus } from "../../lib/live/map-status";
import { nextPollInterval, FAST_POLL_MS } from "../../lib/live/poll-interval";
import { readScopeOf } from "../../lib/live/read-scope";
import { mergeSnapshots, type AwsSnapshot } from "../../lib/live/snapshot";
import type { StatusReading, StatusView } from "../../lib/live/types";
import { teardownResources, type RecordedResource } from "../../lib/plan/recorded";
import type { AwsPort } from "../aws/port";
import { readSnapshot } from "../aws/inventory/read-snapshot";

export type { StatusReading };

export type RefreshInput = {
  deploymentId: string;
  recorded: readonly RecordedResource[];
  design?: Design;
  target: { kind: "sandbox" | "aws"; region: string };
  port: AwsPort;
  deployedAt: number;
  now?: number;
  /** An adopted deployment's resources carry no tag of ours: they are read by their recorded ids. */
  isAdopted?: boolean;
};

type Memory = { round: number; snapshot?: AwsSnapshot; fingerprint?: string; intervalMs: number };
const memory: Map<string, Memory> = ((globalThis as { __vpcdStatusMemory?: Map<string, Memory> }).__vpcdStatusMemory ??= new Map());

function shapeOf(recorded: readonly RecordedResource[], previous?: AwsSnapshot): RecordedShape {
  const resources = teardownResources(recorded);
  const kinds: Record<string, number> = {};
  for (const r of resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  const eips = resources.filter((r) => r.kind === "elastic-ip").map((r) => r.awsId);
  const heldByNat = new Set((previous?.natGateways ?? []).filter((n) => n.state !== "deleted").map((n) => n.allocationId));
  const hasLooseAddresses = (kinds["elastic-ip"] ?? 0) > (kinds["nat-gateway"] ?? 0) || (previous?.natGateways !== undefined && eips.some((id) => !heldByNat.has(id)));
  return {
    kinds,
    loadBalancerArns: resources.filter((r) => r.kind === "load-balancer").map((r) => r.awsId),
    targetGroupArns: resources.filter((r) => r.kind === "target-group").map((r) => r.awsId),
    hasLooseAddresses,
  };
}

function costOf(input: RefreshInput, view: StatusView, now: number) {
  const lines = view.rows
    .filter((r) => r.state !== "missing" && r.state !== "terminated" && r.state !== "deleted")
    .map((r) => ({ logicalId: r.logicalId, kind: r.kind, usdPerHour: input.design ? entityHourlyPrice(input.design, r.logicalId, r.kind) : hourlyPrice(r.kind) }));
  return { ...runningCost(lines, input.deployedAt, now), since: input.deployedAt };
}

/**
 * One status refresh: the call plan for this round (at most 10 describes, whatever the size),
 * the readings merged over the last ones for sections not read this round, the view model,
 * the cost so far, and when to look next.
 */
export async function refreshStatus(input: RefreshInput): Promise<StatusReading> {
  const now = input.now ?? Date.now();
  const mem = memory.get(input.deploymentId) ?? { round: 0, intervalMs: FAST_POLL_MS };
  const calls = planStatusCalls(shapeOf(input.recorded, mem.snapshot), mem.round);
  const instanceIds = teardownResources(input.recorded).filter((r) => r.kind === "instance").map((r) => r.awsId);
  const snapshot = mergeSnapshots(mem.snapshot, await readSnapshot(input.port, readScopeOf(input.deploymentId, input.recorded, input.isAdopted === true), calls, instanceIds));
  const view = mapStatus({ deploymentId: input.deploymentId, recorded: input.recorded, snapshot, design: input.design, target: input.target });
  const intervalMs = nextPollInterval({ changed: view.fingerprint !== mem.fingerprint, isSettled: view.isSettled, previousMs: mem.intervalMs });
  memory.set(input.deploymentId, { round: mem.round + 1, snapshot, fingerprint: view.fingerprint, intervalMs });
  return { view, nextPollMs: intervalMs, calls: calls.length, cost: costOf(input, view, now) };
}

/** Forgets a deployment's readings (after cleanup, or to start over). */
export function forgetStatus(deploymentId: string): void {
  memory.delete(deploymentId);
}
