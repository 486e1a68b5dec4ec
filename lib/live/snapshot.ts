/**
 * What one status refresh read from AWS, in plain data (no SDK types). Every item carries
 * the `vpcd:logical-id` tag it was found with, which is how it maps onto the diagram.
 * A section is `undefined` when this refresh did not read it (the call budget rotates).
 */
export type RuleView = { protocol: string; fromPort: number; toPort: number; peer: string };

export type SnapshotVpc = { id: string; logicalId?: string; state: string; cidr: string };
export type SnapshotSubnet = { id: string; logicalId?: string; state: string; cidr: string; availableIps: number; vpcId: string };
export type SnapshotIgw = { id: string; logicalId?: string; attachedVpcIds: string[] };
export type SnapshotRoute = { destination: string; target: string; state: string };
export type SnapshotRouteTable = { id: string; logicalId?: string; routes: SnapshotRoute[]; subnetIds: string[] };
export type SnapshotNat = { id: string; logicalId?: string; state: string; subnetId: string; publicIp?: string; allocationId?: string; failure?: string };
export type SnapshotAddress = { allocationId: string; logicalId?: string; publicIp: string; associationId?: string };
export type SnapshotSecurityGroup = { id: string; logicalId?: string; name: string; ingress: RuleView[]; egress: RuleView[] };
export type SnapshotInstance = { id: string; logicalId?: string; state: string; privateIp?: string; publicIp?: string; subnetId?: string };
export type InstanceChecks = { system: string; instance: string };
export type SnapshotLoadBalancer = { arn: string; state: string; dnsName: string; name: string };
export type SnapshotTarget = { targetId: string; state: string; reason?: string };

export type AwsSnapshot = {
  at: number;
  vpcs?: SnapshotVpc[];
  subnets?: SnapshotSubnet[];
  internetGateways?: SnapshotIgw[];
  routeTables?: SnapshotRouteTable[];
  natGateways?: SnapshotNat[];
  addresses?: SnapshotAddress[];
  securityGroups?: SnapshotSecurityGroup[];
  instances?: SnapshotInstance[];
  instanceChecks?: Record<string, InstanceChecks>;
  loadBalancers?: SnapshotLoadBalancer[];
  /** By target group ARN; a group missing here was not read this time; `null` means AWS no longer has it. */
  targetHealth?: Record<string, SnapshotTarget[] | null>;
};

/** Keeps the newer reading of each section, the older one where this refresh skipped it. */
export function mergeSnapshots(older: AwsSnapshot | undefined, newer: AwsSnapshot): AwsSnapshot {
  if (!older) return newer;
  const merged: AwsSnapshot = { ...older };
  for (const [key, value] of Object.entries(newer) as Array<[keyof AwsSnapshot, unknown]>) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  merged.instanceChecks = { ...older.instanceChecks, ...newer.instanceChecks };
  merged.targetHealth = { ...older.targetHealth, ...newer.targetHealth };
  return merged;
}
