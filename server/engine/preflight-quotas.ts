import "server-only";
import { allEc2 } from "../aws/pages";
import type { Design } from "../../lib/design/schema";
import type { AwsPort } from "../aws/port";
import { preflightCheck, type PreflightDetailKey } from "../../lib/deploy/preflight";
import type { PreflightCheck } from "./preflight";

/** Default quotas (docs/aws-facts.md §1.7) used where no API reports the account's own value. */
const DEFAULT_VPCS_PER_REGION = 5;
const DEFAULT_NAT_PER_AZ = 5;

/**
 * Quotas the design would exceed: VPCs per region (the region's real VPCs, the default VPC
 * counted only when there is one: docs/aws-facts.md §16.4), Elastic IPs (the account's own limit
 * from DescribeAccountAttributes), NAT gateways per AZ.
 */
export async function preflightQuotas(port: AwsPort, design: Design): Promise<PreflightCheck[]> {
  // VPCs and NAT gateways come in pages (docs/aws-facts.md §13.6); addresses do not.
  const [vpcPages, addresses, attributes, natPages] = await Promise.all([
    allEc2(port, "DescribeVpcs", {}, "Vpcs"),
    port.ec2("DescribeAddresses", {}),
    port.ec2("DescribeAccountAttributes", { AttributeNames: ["vpc-max-elastic-ips" as never] }),
    allEc2(port, "DescribeNatGateways", { Filter: [{ Name: "state", Values: ["pending", "available"] }] }, "NatGateways"),
  ]);
  const vpcs = { Vpcs: vpcPages };
  const nats = { NatGateways: natPages };
  const vpcCount = (vpcs.Vpcs ?? []).length;
  const hasDefaultVpc = (vpcs.Vpcs ?? []).some((v) => v.IsDefault);
  const newVpcs = Object.keys(design.vpcs).length;
  const eipLimit = Number(attributes.AccountAttributes?.[0]?.AttributeValues?.[0]?.AttributeValue ?? 5);
  const eipUsed = (addresses.Addresses ?? []).length;
  const newEips = Object.keys(design.elasticIps).length;
  const natBySubnet = await natCountsByZone(port, (nats.NatGateways ?? []).map((n) => n.SubnetId!).filter(Boolean));
  const wantedByZone = new Map<string, number>();
  for (const nat of Object.values(design.natGateways)) {
    const zone = design.subnets[nat.subnetId]?.availabilityZone ?? "?";
    wantedByZone.set(zone, (wantedByZone.get(zone) ?? 0) + 1);
  }
  const natOver = [...wantedByZone].filter(([zone, n]) => (natBySubnet.get(zone) ?? 0) + n > DEFAULT_NAT_PER_AZ).map(([zone]) => zone);
  return [
    quota("quota-vpcs", vpcCount + newVpcs > DEFAULT_VPCS_PER_REGION, hasDefaultVpc ? "quotaVpcs" : "quotaVpcsNoDefault", { used: vpcCount, added: newVpcs, quota: DEFAULT_VPCS_PER_REGION }),
    quota("quota-eips", eipUsed + newEips > eipLimit, "quotaEips", { used: eipUsed, added: newEips, limit: eipLimit }),
    natOver.length
      ? quota("quota-nat", true, "quotaNatOver", { max: DEFAULT_NAT_PER_AZ, zones: natOver.join(", ") })
      : quota("quota-nat", false, "quotaNatOk", { max: DEFAULT_NAT_PER_AZ }),
  ];
}

function quota(id: string, exceeded: boolean, key: PreflightDetailKey, params: Record<string, string | number>): PreflightCheck {
  return preflightCheck(id, exceeded ? "fail" : "ok", key, params);
}

async function natCountsByZone(port: AwsPort, subnetIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (subnetIds.length === 0) return counts;
  const subnets = (await port.ec2("DescribeSubnets", { SubnetIds: [...new Set(subnetIds)] })).Subnets ?? [];
  const zoneOf = new Map(subnets.map((s) => [s.SubnetId, s.AvailabilityZone ?? "?"]));
  for (const id of subnetIds) counts.set(zoneOf.get(id) ?? "?", (counts.get(zoneOf.get(id) ?? "?") ?? 0) + 1);
  return counts;
}
