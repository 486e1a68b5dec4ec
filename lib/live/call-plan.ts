/**
 * Which describe calls one status refresh makes. One call per resource type, filtered by the
 * deployment tag, never one per resource; ELBv2 by the ARNs the journal recorded. The total
 * stays within `STATUS_CALL_BUDGET` however large the design: when the optional reads
 * (instance status checks, Elastic IPs not held by a NAT, target health per group) do not all
 * fit, they take turns across refreshes, and the view keeps each one's last reading.
 */
export const STATUS_CALL_BUDGET = 10;

export type StatusCall =
  | { action: "DescribeVpcs" | "DescribeSubnets" | "DescribeInternetGateways" | "DescribeRouteTables" | "DescribeNatGateways" | "DescribeSecurityGroups" | "DescribeInstances" | "DescribeInstanceStatus" | "DescribeAddresses" }
  | { action: "DescribeLoadBalancers"; arns: string[] }
  | { action: "DescribeTargetHealth"; arn: string };

/** How many resources of each kind the journal recorded, and the ELBv2 ARNs. */
export type RecordedShape = {
  kinds: Record<string, number>;
  loadBalancerArns: string[];
  targetGroupArns: string[];
  /** Elastic IPs that no recorded NAT gateway holds (their state is only visible via DescribeAddresses). */
  hasLooseAddresses: boolean;
};

const CORE: Array<[kind: string, action: StatusCall["action"]]> = [
  ["vpc", "DescribeVpcs"],
  ["subnet", "DescribeSubnets"],
  ["internet-gateway", "DescribeInternetGateways"],
  ["route-table", "DescribeRouteTables"],
  ["nat-gateway", "DescribeNatGateways"],
  ["security-group", "DescribeSecurityGroups"],
  ["instance", "DescribeInstances"],
];

/**
 * The calls for refresh number `round` (0, 1, 2, …): the core describes every time, then as
 * many optional reads as the budget leaves, starting where the previous round stopped.
 *
 * @example planStatusCalls(seedLabShape, 0).length <= 10
 */
export function planStatusCalls(shape: RecordedShape, round: number, budget = STATUS_CALL_BUDGET): StatusCall[] {
  const calls: StatusCall[] = CORE.filter(([kind]) => (shape.kinds[kind] ?? 0) > 0).map(([, action]) => ({ action }) as StatusCall);
  if (shape.loadBalancerArns.length > 0) calls.push({ action: "DescribeLoadBalancers", arns: [...shape.loadBalancerArns] });
  const optional: StatusCall[] = [];
  if ((shape.kinds.instance ?? 0) > 0) optional.push({ action: "DescribeInstanceStatus" });
  if (shape.hasLooseAddresses) optional.push({ action: "DescribeAddresses" });
  for (const arn of shape.targetGroupArns) optional.push({ action: "DescribeTargetHealth", arn });
  const room = Math.max(0, budget - calls.length);
  if (optional.length <= room) return [...calls, ...optional];
  const start = (round * room) % optional.length;
  const turn = Array.from({ length: room }, (_, i) => optional[(start + i) % optional.length]);
  return [...calls, ...turn];
}
