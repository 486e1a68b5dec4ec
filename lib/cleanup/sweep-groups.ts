import { hourlyPrice } from "../live/hourly-prices";
import type { CleanupReport } from "./report";

/** A resource found by this app's tags: the only kind the sweep or a cleanup may touch. */
export type TaggedResource = {
  deploymentId: string;
  logicalId: string;
  kind: string;
  awsId: string;
  state?: string;
  /** Milliseconds since the epoch, where AWS reports a creation time. */
  createdAt?: number;
  attributes: Record<string, string>;
  /** The `vpcd:installation` tag: which installation of the app made it (older resources have none). */
  installationId?: string;
};

export type SweepGroup = {
  deploymentId: string;
  resources: TaggedResource[];
  /** Since the oldest creation time AWS reports (instances, NAT gateways, load balancers). */
  ageMs?: number;
  usdPerHour: number;
  /** This machine's journal knows the deployment; false for crashed or foreign ones. */
  hasJournal: boolean;
  /** Made by another installation of the app (another laptop, a class server): it may be in use there. */
  isOtherInstallation: boolean;
  /** This installation is deploying or cleaning it right now: never offered for deletion. */
  isBusy: boolean;
  /** Team mode: the account it was found in (a student's, or the class's shared one). */
  account?: SweepAccount;
};

/**
 * An account a sweep read, in team mode: a student's own (sandbox account id, or their AWS
 * profile's account) with the student's name, or the server's shared one (no student).
 */
export type SweepAccount = { accountId?: string; studentName?: string };

/** What the sweep knows about this installation: its id and the deployments it is working on now. */
export type SweepContext = { installationId?: string; busy?: ReadonlySet<string> };

/**
 * Groups tagged resources by deployment, oldest first, with age and hourly cost.
 *
 * @example groupByDeployment([{ deploymentId: "d", kind: "nat-gateway", … }], now, new Set()).at(0)?.usdPerHour === 0.059
 */
export function groupByDeployment(found: readonly TaggedResource[], now: number, journaled: ReadonlySet<string>, context: SweepContext = {}): SweepGroup[] {
  const groups = new Map<string, TaggedResource[]>();
  for (const r of found) groups.set(r.deploymentId, [...(groups.get(r.deploymentId) ?? []), r]);
  return [...groups].map(([deploymentId, resources]) => {
    const times = resources.map((r) => r.createdAt).filter((t): t is number => t !== undefined);
    const usd = resources.reduce((sum, r) => sum + hourlyPrice(r.kind, r.attributes.instanceType || undefined), 0);
    return {
      deploymentId,
      resources: [...resources].sort((a, b) => a.kind.localeCompare(b.kind) || a.awsId.localeCompare(b.awsId)),
      ageMs: times.length > 0 ? Math.max(0, now - Math.min(...times)) : undefined,
      usdPerHour: Math.round(usd * 10_000) / 10_000,
      hasJournal: journaled.has(deploymentId),
      isOtherInstallation: Boolean(context.installationId) && resources.some((r) => r.installationId && r.installationId !== context.installationId),
      isBusy: context.busy?.has(deploymentId) ?? false,
    };
  }).sort((a, b) => (b.ageMs ?? 0) - (a.ageMs ?? 0) || a.deploymentId.localeCompare(b.deploymentId));
}

/** One sweep of a group this process runs or ran: its log and, once done, the verified report. */
export type SweepRun = { deploymentId: string; isRunning: boolean; startedAt: number; finishedAt?: number; log: string[]; report?: CleanupReport };
/** The sweep panel's reading: the region's tagged groups and this process's sweeps. */
export type SweepScan = { groups: SweepGroup[]; runs: SweepRun[]; covers?: SweepAccount[] };
