/**
 * The cleanup report: what describe calls still found after cleanup, sorted into what bills,
 * what merely remains, and what is an allowed remainder (the sandbox's own leftovers).
 */

import { liveText, type LiveText, type LiveTextKey } from "../live/text";

/** One thing a verifying describe call found that belongs to the deployment. */
export type InventoryItem = {
  kind: string;
  awsId: string;
  logicalId?: string;
  /** AWS state where it has one: "deleted", "terminated", "in-use", "active", … */
  state?: string;
  /** For network interfaces: whether their VPC still exists. */
  vpcExists?: boolean;
  /** A network interface of this deployment's own terminated instance or deleted NAT gateway. */
  isOrphan?: boolean;
  /** In the deployment's VPC but not made by this app (someone else's instance): never touched. */
  isForeign?: boolean;
  /** Free text from AWS, e.g. an ENI's description or owner (English, for the terminal). */
  detail?: string;
  /** The same for people in their language: "web server of instance i-1". */
  about?: LiveText;
};

/** `reason` says why it matters, as a `live` message the reader's language words. */
export type Remainder = InventoryItem & { isBillable: boolean; reason: LiveText };

export type CleanupReport = {
  /** No NAT gateway, Elastic IP, load balancer, running instance or volume is left. */
  isNothingBillableLeft: boolean;
  /** Nothing left at all except the allowed remainder. */
  isNothingLeft: boolean;
  remaining: Remainder[];
  /** Left behind by the sandbox itself, harmless and free (listed, never hidden). */
  allowed: Remainder[];
  /** Found in the deployment's VPC but not made by this app, so left alone. */
  foreign: Remainder[];
};

const GONE_STATES = new Set(["deleted", "terminated"]);
const BILLABLE = new Set(["nat-gateway", "elastic-ip", "load-balancer", "instance", "volume"]);

/** Why a remaining item of each kind matters, as a `live` message (lib/cleanup/text.ts). */
const REASONS: Record<string, LiveTextKey> = {
  "nat-gateway": "reasonNatGateway",
  "elastic-ip": "reasonElasticIp",
  "load-balancer": "reasonLoadBalancer",
  instance: "reasonInstance",
  volume: "reasonVolume",
  "network-interface": "reasonNetworkInterface",
};

// On AWS an interface of this deployment's own instance or NAT gateway is still being released with it; moto keeps it.
const ORPHAN_ENI = { sandbox: "reasonOrphanSandbox", aws: "reasonOrphanAws" } as const;

/** Sorts one item into gone (undefined), remaining, allowed or foreign. */
function classify(item: InventoryItem, where: "sandbox" | "aws"): { bucket: "remaining" | "allowed" | "foreign"; entry: Remainder } | undefined {
  if (item.state && GONE_STATES.has(item.state)) return undefined;
  if (item.isForeign) return { bucket: "foreign", entry: { ...item, isBillable: false, reason: liveText("reasonForeign") } };
  if (item.kind === "network-interface" && (item.vpcExists === false || item.isOrphan)) {
    return { bucket: "allowed", entry: { ...item, isBillable: false, reason: liveText(ORPHAN_ENI[where]) } };
  }
  // ICU selectors take no hyphen: "route-table" selects as "route_table".
  const key = REASONS[item.kind];
  const reason = key ? liveText(key) : liveText("reasonOther", { kind: item.kind.replace(/-/g, "_") });
  return { bucket: "remaining", entry: { ...item, isBillable: BILLABLE.has(item.kind), reason } };
}

/**
 * Builds the report from what verification found, on the sandbox or on AWS (the two explain a
 * leftover interface differently). Deleted NAT gateways and terminated instances stay listed
 * by AWS for about an hour; they count as gone.
 *
 * @example buildCleanupReport([{ kind: "nat-gateway", awsId: "nat-1", state: "deleted" }]).isNothingLeft === true
 */
export function buildCleanupReport(found: readonly InventoryItem[], where: "sandbox" | "aws" = "sandbox"): CleanupReport {
  const remaining: Remainder[] = [];
  const buckets = { remaining, allowed: [] as Remainder[], foreign: [] as Remainder[] };
  for (const item of found) {
    const sorted = classify(item, where);
    if (sorted) buckets[sorted.bucket].push(sorted.entry);
  }
  const byId = (a: Remainder, b: Remainder) => a.kind.localeCompare(b.kind) || a.awsId.localeCompare(b.awsId);
  for (const list of Object.values(buckets)) list.sort(byId);
  return { isNothingBillableLeft: !remaining.some((r) => r.isBillable), isNothingLeft: remaining.length === 0, ...buckets };
}
