/**
 * The cleanup report: what describe calls still found after cleanup, sorted into what bills,
 * what merely remains, and what is an allowed remainder (the sandbox's own leftovers).
 */

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
  /** Free text from AWS, e.g. an ENI's description or owner. */
  detail?: string;
};

export type Remainder = InventoryItem & { isBillable: boolean; reason: string };

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

const REASONS: Record<string, string> = {
  "nat-gateway": "NAT gateway still exists: it bills per hour until deleted",
  "elastic-ip": "Elastic IP still allocated: an address bills per hour until released",
  "load-balancer": "load balancer still exists: it bills per hour until deleted",
  instance: "instance not terminated: it bills while it runs, and its volume while it exists",
  volume: "volume still exists: storage bills per GB-month until deleted",
  "network-interface": "network interface still in the VPC: it blocks deleting the subnet and the VPC",
};

const ORPHAN_ENI = {
  sandbox: "left by the sandbox: moto keeps the interfaces of terminated instances and deleted NAT gateways; on AWS they go with their owner; free, blocks nothing",
  // On AWS an interface of this deployment's own instance or NAT gateway is still being released with it.
  aws: "still being released by AWS with its instance or NAT gateway (shutting down or just deleted); it goes within minutes, bills nothing",
};

/** Sorts one item into gone (undefined), remaining, or allowed. */
const FOREIGN = "not made by this app (no vpcd:deployment tag), so cleanup left it alone; it keeps the VPC from being deleted";

function classify(item: InventoryItem, where: "sandbox" | "aws"): { bucket: "remaining" | "allowed" | "foreign"; entry: Remainder } | undefined {
  if (item.state && GONE_STATES.has(item.state)) return undefined;
  if (item.isForeign) return { bucket: "foreign", entry: { ...item, isBillable: false, reason: FOREIGN } };
  if (item.kind === "network-interface" && (item.vpcExists === false || item.isOrphan)) {
    return { bucket: "allowed", entry: { ...item, isBillable: false, reason: ORPHAN_ENI[where] } };
  }
  const reason = REASONS[item.kind] ?? `${item.kind} still exists: it blocks deleting its VPC`;
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
